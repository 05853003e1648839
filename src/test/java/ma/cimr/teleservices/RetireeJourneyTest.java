package ma.cimr.teleservices;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The retiree's journey in a real headless Chromium against the running application. */
@PortalTest
class RetireeJourneyTest {

    // Debian's Chromium: the network here cannot reach Playwright's browser downloads
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    // the first page load in dev mode compiles the frontend bundle and can be slow
    private static final double RENDER_TIMEOUT_MS = 30_000;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private Page page;

    @BeforeAll
    static void launchBrowser() {
        String missing = CHROMIUM + " is missing: install it with `apt-get install chromium`";
        if (System.getenv("CI") != null && !Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(missing);
        }
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), missing);

        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                // --no-sandbox because tests run as root; the background flags stop Chromium
                // from calling Google services this network refuses
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close(); // also closes the browser
        }
    }

    @BeforeEach
    void openPage() {
        page = browser.newContext().newPage();
        page.setDefaultTimeout(RENDER_TIMEOUT_MS);
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @Test
    void retireeSignsInAndSeesTheirPensionAndPayments() throws Exception {
        signIn(DemoLogins.RETIREE, DemoLogins.PASSWORD);

        // /my-space forwards to the space of the signed-in population
        assertThat(page.getByText(DemoLogins.RETIREE).first()).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/retiree$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).not().isEmpty();
        // "Ma pension" is also the menu entry: look for the section title
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ma pension"))).isVisible();
        assertThat(page.locator("vaadin-grid.payments-grid")).isVisible();

        Path screenshot = Paths.get("target", "e2e", "retiree-space.png");
        Files.createDirectories(screenshot.getParent());
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(true));
    }

    @Test
    void wrongPasswordKeepsTheUserOnTheLoginPage() {
        signIn(DemoLogins.RETIREE, "not-the-password");

        assertThat(page.getByText("Identifiant ou mot de passe incorrect")).isVisible();
        assertEquals("/login", URI.create(page.url()).getPath());
    }

    private void signIn(String login, String password) {
        page.navigate("http://localhost:" + port + "/login");
        // the inputs live inside vaadin-login-form; Playwright's CSS pierces its open shadow DOM
        page.locator("input[name=\"username\"]").fill(login);
        page.locator("input[name=\"password\"]").fill(password);
        page.locator("vaadin-button[slot=\"submit\"]").click();
    }
}
