package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.VaadinRequest;
import ma.cimr.teleservices.shared.ui.BrowserScript;
import org.springframework.security.web.csrf.CsrfToken;


/**
 * Runs the browser's half of a passkey ceremony ({@code webauthn.js}, DD031) from a view: the
 * WebAuthn calls must happen in the browser, and the portal has no frontend build (DD003), so the
 * script is a plain resource run with {@code executeJs}. It posts JSON to Spring Security's options
 * endpoints and to ours with Spring's CSRF token, read here as the code form reads it.
 */
final class PasskeyScript {

    private static final String SCRIPT = "return (async () => {\n" + BrowserScript.load(PasskeyScript.class, "webauthn.js") + "\n})();";

    private PasskeyScript() {
    }

    /** Creates a passkey named {@code label}; {@code next} gets the address to go to ("" to stay). */
    static void register(Component view, String label, SerializableConsumer<String> next, SerializableConsumer<String> failed) {
        run(view, "register", label, next, failed);
    }

    /** Answers the second step with a passkey; {@code next} gets the address to go to. */
    static void authenticate(Component view, SerializableConsumer<String> next, SerializableConsumer<String> failed) {
        run(view, "authenticate", "", next, failed);
    }

    private static void run(Component view, String operation, String label, SerializableConsumer<String> next,
                            SerializableConsumer<String> failed) {
        String header = "X-CSRF-TOKEN";
        String token = "";
        if (VaadinRequest.getCurrent() != null
                && VaadinRequest.getCurrent().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            header = csrf.getHeaderName();
            token = csrf.getToken();
        }
        view.getElement().executeJs(SCRIPT, operation, header, token, label).then(String.class, next, failed);
    }
}
