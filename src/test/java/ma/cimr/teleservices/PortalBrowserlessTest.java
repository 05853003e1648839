package ma.cimr.teleservices;

import com.vaadin.flow.component.UI;
import com.vaadin.browserless.SpringBrowserlessTest;
import ma.cimr.teleservices.account.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

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

    protected String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
