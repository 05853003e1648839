package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import ma.cimr.teleservices.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Once a signed-in person is shown a page that is not a step of the sign-in, the session's other
 * UIs still showing a step ({@link SignInStep}) are closed. Signing in takes two or three full page
 * loads (the login form's post, the second factor's, a passkey's answer), and each leaves the UI of
 * the page it left in the session until three heartbeats are missed, 15 minutes: 1.54 UIs a staff
 * session on the request queue in DD048's run. The browser's unload beacon closes some of them, not
 * all: it is not sent every time, nor by every browser.
 * <p>
 * A step shown to a person who is already in is over whatever tab it is in: the sign-in it was for
 * succeeded in this session (the login page sends a signed-in person to their space). The person's
 * other tabs (their space, a public page) are not steps and stay; nothing is closed for a visitor or
 * for a password still waiting for its second factor. A tab whose UI was closed and is still open in
 * the browser loads its page again at its next click, and the login page then leads to the space.
 */
@Component
class SignInStepsClosing implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    SignInStepsClosing(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().addAfterNavigationListener(this::closeFinishedSteps));
    }

    private void closeFinishedSteps(AfterNavigationEvent event) {
        UI shown = event.getLocationChangeEvent().getUI();
        if (showsSignInStep(shown) || currentUser.find().isEmpty()) {
            return;
        }
        // closed UIs leave the session at the end of this request (Vaadin's own clean-up)
        shown.getSession().getUIs().stream()
                .filter(ui -> ui != shown && !ui.isClosing() && showsSignInStep(ui))
                .forEach(UI::close);
    }

    private static boolean showsSignInStep(UI ui) {
        var chain = ui.getInternals().getActiveRouterTargetsChain();
        return !chain.isEmpty() && chain.getFirst() instanceof SignInStep;
    }
}
