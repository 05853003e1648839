package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.SecondFactorCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The sign-in's pages leave the session once the person is in (DD048). Each step of a sign-in is a
 * full page load: a UI of its own in the person's Vaadin session, set up here as Vaadin's bootstrap
 * sets one up, beside the test's own UI (a tab left on the public home page). Then what Vaadin does
 * at the end of every request: the UIs closed during it leave the session.
 */
class SignInStepsClosingTest extends PortalBrowserlessTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void theLoginAndSecondFactorPagesCloseOnceTheStaffMembersSpaceIsShown() throws Exception {
        UI homeTab = UI.getCurrent();
        UI login = pageLoad("login");
        assertThat(viewOf(login)).isInstanceOf(LoginView.class);

        // the login form's post: the password alone, and the page load the second factor's guard answers
        SecurityContextHolder.setContext(passwordOnly(DemoLogins.AGENT));
        UI secondFactor = pageLoad("my-space");
        assertThat(viewOf(secondFactor)).isInstanceOfAny(SecondFactorView.class, SecondFactorEnrolView.class);
        assertThat(login.isClosing()).as("the login page, while the second factor is awaited").isFalse();

        // the right code: signed in, and the page load that leads to the space
        signInAs(DemoLogins.AGENT);
        UI space = pageLoad("my-space");
        assertThat(pathOf(space)).isEqualTo("backoffice");

        assertThat(login.isClosing()).as("the login page's UI").isTrue();
        assertThat(secondFactor.isClosing()).as("the second factor's UI").isTrue();
        endOfRequest();
        assertThat(VaadinSession.getCurrent().getUIs()).as("the space's UI and the public home page's tab")
                .containsExactlyInAnyOrder(space, homeTab);
    }

    @Test
    void aSignedInPersonsTabsOnTheirSpaceAndOnPublicPagesStayOpen() {
        UI homeTab = UI.getCurrent();
        signInAs(DemoLogins.AGENT);
        UI queue = pageLoad("backoffice/requests");
        UI help = pageLoad("help");
        UI space = pageLoad("my-space");

        endOfRequest();
        assertThat(VaadinSession.getCurrent().getUIs()).containsExactlyInAnyOrder(homeTab, queue, help, space);
        assertThat(pathOf(queue)).isEqualTo("backoffice/requests");
    }

    @Test
    void aVisitorsLoginPageStaysOpenWhileTheyReadAnotherPublicPage() {
        UI homeTab = UI.getCurrent();
        UI login = pageLoad("login");
        UI help = pageLoad("help");

        endOfRequest();
        assertThat(VaadinSession.getCurrent().getUIs()).containsExactlyInAnyOrder(homeTab, login, help);
        assertThat(viewOf(login)).isInstanceOf(LoginView.class);
    }

    /**
     * A page loaded by the browser in the same session: a new UI, initialised as Vaadin's bootstrap
     * does (an id of its own, added to the session, the UI init listeners), then routed to the path.
     * The test's own UI stays the current one afterwards.
     */
    private UI pageLoad(String path) {
        UI tab = UI.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        UI loaded = new UI();
        loaded.getInternals().setSession(session);
        UI.setCurrent(loaded);
        try {
            int id = session.getNextUIid();
            while (session.getUIById(id) != null) {
                id = session.getNextUIid();
            }
            loaded.doInit(VaadinRequest.getCurrent(), id, "ROOT");
            session.addUI(loaded);
            session.getService().fireUIInitListeners(loaded);
            loaded.navigate(path);
        } finally {
            UI.setCurrent(tab);
        }
        return loaded;
    }

    /** What Vaadin does at the end of every request to a session, closed UIs removed. */
    private static void endOfRequest() {
        var current = CurrentInstance.getInstances();
        VaadinService service = VaadinService.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        service.requestStart(request, response);
        service.requestEnd(request, response, VaadinSession.getCurrent());
        CurrentInstance.restoreInstances(current);
    }

    /** The security context the real login form leaves to a staff member: the password, not yet the code. */
    private SecurityContext passwordOnly(String login) throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var session = (MockHttpSession) mvc.perform(post("/login").param("username", login)
                .param("password", DemoLogins.PASSWORD).with(csrf())).andReturn().getRequest().getSession();
        return SecondFactorCodes.contextOf(session);
    }

    private static Object viewOf(UI ui) {
        return ui.getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static String pathOf(UI ui) {
        return ui.getInternals().getActiveViewLocation().getPath();
    }
}
