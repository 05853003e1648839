package ma.cimr.teleservices;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The retiree's journey in a real headless Chromium against the running application. */
@PortalTest
class RetireeJourneyTest extends BrowserJourney {

    private Page page;

    @BeforeEach
    void openWindow() {
        page = newWindow();
    }

    @Test
    void retireeSignsInAndSeesTheirPensionAndPayments() {
        signIn(page, DemoLogins.RETIREE, DemoLogins.PASSWORD);

        // /my-space forwards to the space of the signed-in population
        assertThat(page.getByText(DemoLogins.RETIREE).first()).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/retiree$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).not().isEmpty();
        // "Ma pension" is also the menu entry: look for the section title
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ma pension"))).isVisible();
        assertThat(page.locator("vaadin-grid.payments-grid")).isVisible();

        screenshot(page, "retiree-space");
    }

    @Test
    void wrongPasswordKeepsTheUserOnTheLoginPage() {
        signIn(page, DemoLogins.RETIREE, "not-the-password");

        assertThat(page.getByText("Identifiant ou mot de passe incorrect")).isVisible();
        assertEquals("/login", URI.create(page.url()).getPath());
    }
}
