package ma.cimr.teleservices;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import ma.cimr.teleservices.audit.AccessReason;
import com.vaadin.browserless.SpringBrowserlessTest;
import ma.cimr.teleservices.account.AccountService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Optional;

/** Base of the view tests: the real application context, a signed-in user, and navigation by URL. */
@PortalTest
public abstract class PortalBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    protected AccountService accounts;

    protected void signInAs(String login) {
        SignedIn.as(accounts, login);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    /** Navigates like a typed URL and returns the route the user ended on. */
    protected String open(String path) {
        UI.getCurrent().navigate(path);
        return currentPath();
    }

    /**
     * Answers the question a staff screen asks before it opens a person's file (DD041), when it asks
     * (once per person and session): the tests of what the screen does then start after it.
     */
    @SuppressWarnings("unchecked")
    protected void giveAccessReason(AccessReason reason, String text) {
        var reasons = $(Select.class).withClassName("access-reason").all();
        if (reasons.isEmpty()) {
            return;
        }
        ((Select<AccessReason>) reasons.getFirst()).setValue(reason);
        test($(TextArea.class).withClassName("access-reason-text").first()).setValue(text);
        test($(Button.class).withClassName("access-reason-open").first()).click();
    }

    protected void giveAccessReason() {
        giveAccessReason(AccessReason.REQUEST, "Traitement de la demande");
    }

    protected String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    /** An entry of the space's side navigation: where it leads, what it says. */
    protected record MenuItem(String path, String label) {
    }

    /**
     * The side navigation's entries, in order, as the browser gets them: the layout writes them as
     * markup, not as components (DD048).
     */
    protected List<MenuItem> menu() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .map(target -> navigation(target.getElement())).flatMap(Optional::stream).findFirst()
                .map(nav -> Jsoup.parseBodyFragment(nav.getProperty("innerHTML", "")).select("vaadin-side-nav-item").stream()
                        .map(item -> new MenuItem(item.attr("path"), item.text())).toList())
                .orElse(List.of());
    }

    private static Optional<Element> navigation(Element element) {
        if (element.isTextNode()) {
            return Optional.empty();
        }
        if (element.getTag().equals("vaadin-side-nav")) {
            return Optional.of(element);
        }
        return element.getChildren().map(PortalBrowserlessTest::navigation).flatMap(Optional::stream).findFirst();
    }
}
