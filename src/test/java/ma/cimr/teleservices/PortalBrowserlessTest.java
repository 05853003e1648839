package ma.cimr.teleservices;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import ma.cimr.teleservices.audit.AccessReason;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.mocks.MockedUI;
import ma.cimr.teleservices.account.AccountService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Base of the view tests: the real application context, a signed-in user, and navigation by URL. */
@PortalTest
public abstract class PortalBrowserlessTest extends SpringBrowserlessTest {

    /** Whom the page on screen was opened for (a login, or blank for a visitor). */
    private static final String PAGE_OPENED_FOR = PortalBrowserlessTest.class.getName() + ".openedFor";

    @Autowired
    protected AccountService accounts;

    protected void signInAs(String login) {
        SignedIn.as(accounts, login);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    /**
     * Navigates like a typed URL (a query too) and returns the route the user ended on. Someone other than the
     * person the page on screen was opened for gets a page of their own first, as a sign-in ends in a
     * new page: in one UI, Vaadin enters the view on screen again when the route leads to the same
     * view class, and no person ever reaches another's view that way.
     */
    protected String open(String path) {
        String person = signedInPerson();
        Object openedFor = ComponentUtil.getData(UI.getCurrent(), PAGE_OPENED_FOR);
        if (openedFor != null && !openedFor.equals(person)) {
            newPage();
        }
        ComponentUtil.setData(UI.getCurrent(), PAGE_OPENED_FOR, person);
        int query = path.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(path);
        } else {
            UI.getCurrent().navigate(path.substring(0, query), QueryParameters.fromString(path.substring(query + 1)));
        }
        return currentPath();
    }

    /**
     * Navigates to another location of the view on screen (another reference, another query), as a
     * link from one case to another does, and checks that Vaadin entered the same view instance again:
     * what the view shows must then come from the new location alone.
     */
    protected String openInSameView(String path) {
        HasElement before = getCurrentView();
        String reached = open(path);
        assertThat(getCurrentView()).as("the view on screen, entered again for " + path).isSameAs(before);
        return reached;
    }

    private static String signedInPerson() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    /** A new page in the same session: what the browser shows after the login form (or the logout) was posted. */
    private static void newPage() {
        var session = UI.getCurrent().getSession();
        // the browser asks in the same language as before
        var language = UI.getCurrent().getLocale();
        MockVaadin.closeCurrentUI(true);
        MockVaadin.clearLastNavigation();
        MockVaadin.createUI(MockedUI::new, session);
        UI.getCurrent().setLocale(language);
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
