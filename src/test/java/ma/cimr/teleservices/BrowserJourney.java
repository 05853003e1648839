package ma.cimr.teleservices;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import ma.cimr.teleservices.account.Totp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * What the journeys in a real headless Chromium share (subclasses carry {@link PortalTest}): the
 * browser, one window per person, the way a person signs in and opens a link from an e-mail, and
 * the screenshots in {@code target/e2e/}.
 */
abstract class BrowserJourney {

    // Debian's Chromium: the network here cannot reach Playwright's browser downloads
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    // the first page load in dev mode compiles the frontend bundle and can be slow
    private static final double RENDER_TIMEOUT_MS = 30_000;
    /** Far above a window's close here (well under a second), far below CI's patience. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(60);

    private static Playwright playwright;
    private static Browser browser;

    /** The secrets the journeys' "authenticator application" holds, by login, for the whole run. */
    private static final Map<String, String> AUTHENTICATOR = new java.util.concurrent.ConcurrentHashMap<>();

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;

    private final List<BrowserContext> windows = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        String missing = CHROMIUM + " is missing: install it with `apt-get install chromium`";
        // on CI a missing browser is a broken machine, not a reason to skip the journeys
        if (System.getenv("CI") != null && !Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(missing);
        }
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), missing);

        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = launch(playwright);
    }

    private static Browser launch(Playwright driver) {
        return driver.chromium().launch(new BrowserType.LaunchOptions()
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
            playwright = null;
        }
    }

    /**
     * Closes each person's window. Chromium has twice left a window's close unanswered for good at
     * the end of the liquidation journey on CI (4 December, with the machine idle: the run hung in
     * this method until it was killed), as it is known to do once a context has had a service worker
     * (puppeteer #11627). The windows now refuse service workers ({@link #newWindow}); should a close
     * still hang, the browser's processes are ended after {@link #CLOSE_TIMEOUT}, which makes the
     * pending close fail at once: the journey's assertions have all passed by then, so the run goes
     * on, says so, and the next window is opened in a browser launched again.
     */
    @AfterEach
    void closeWindows() {
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
        ScheduledFuture<?> ending = watchdog.schedule(BrowserJourney::endBrowserProcesses, CLOSE_TIMEOUT.toSeconds(),
                TimeUnit.SECONDS);
        try {
            windows.forEach(BrowserContext::close);
        } catch (PlaywrightException unanswered) {
            if (!ending.isDone()) {
                throw unanswered;
            }
            System.err.println("Chromium left a window's close unanswered for " + CLOSE_TIMEOUT + "; its processes were ended");
        } finally {
            ending.cancel(false);
            watchdog.shutdownNow();
            windows.clear();
        }
    }

    /** Chromium's processes under this JVM (through Playwright's driver): journeys run one at a time. */
    private static void endBrowserProcesses() {
        ProcessHandle.current().descendants()
                .filter(process -> process.info().command().map(command -> command.contains("chromium")).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
    }

    /** A browser window of its own (cookies, session): each person of a journey gets one. */
    Page newWindow() {
        if (!browser.isConnected()) { // its processes were ended by closeWindows
            browser = launch(playwright);
        }
        // no service worker (the portal registers its offline notice's): Chromium has hung closing a
        // context that had one; InstallablePortalTest checks the worker over HTTP
        BrowserContext window = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                .setServiceWorkers(ServiceWorkerPolicy.BLOCK));
        windows.add(window);
        Page page = window.newPage();
        page.setDefaultTimeout(RENDER_TIMEOUT_MS);
        return page;
    }

    /** The address of a page of the application under test, e.g. {@code url("login")}. */
    String url(String pathAndQuery) {
        return "http://localhost:" + port + "/" + (pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
    }

    /**
     * Follows a link read in an e-mail. The e-mail names the portal's public address
     * ({@code portal.base-url}); the same path and query are opened on the test's own port.
     */
    void openLink(Page page, String link) {
        URI uri = URI.create(link);
        page.navigate(url(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
    }

    /** Through the login page, as a person does it. */
    void signIn(Page page, String login, String password) {
        page.navigate(url("login"));
        // the inputs live inside vaadin-login-form; Playwright's CSS pierces its open shadow DOM
        page.locator("input[name=\"username\"]").fill(login);
        page.locator("input[name=\"password\"]").fill(password);
        page.locator("vaadin-button[slot=\"submit\"]").click();
    }

    /**
     * Through the login page and then the second factor (DD021), as a person with an
     * authenticator does it: at the first sign-in, the key the page shows goes into the
     * "authenticator" (kept here for the next sign-ins of the run), its code confirms it, and the
     * recovery codes page leads on to the person's space; later, a code of the next 30 seconds.
     */
    void signInWithSecondFactor(Page page, String login, String password) {
        signIn(page, login, password);
        passSecondFactor(page, login);
    }

    /**
     * The second factor's page after the password (DD021): enrols the run's "authenticator" at the
     * first sign-in of a login, else types its code of the next 30 seconds.
     */
    void passSecondFactor(Page page, String login) {
        Locator enrolment = page.locator(".second-factor-enrol-view");
        enrolment.or(page.locator(".second-factor-view")).first().waitFor();
        if (enrolment.isVisible()) {
            String secret = page.locator(".second-factor-secret").textContent().trim();
            AUTHENTICATOR.put(login, secret);
            screenshot(page, "second-factor-enrolment");
            submitCode(page, SecondFactorCodes.codeNow(secret, clock));
            page.locator(".recovery-codes li").first().waitFor();
            page.locator("a.recovery-codes-continue").click();
        } else {
            String secret = AUTHENTICATOR.get(login);
            if (secret == null) {
                throw new IllegalStateException(login + " enrolled an authenticator outside this run of the journeys");
            }
            clock.advance(java.time.Duration.ofSeconds(Totp.STEP_SECONDS)); // each code is good once
            submitCode(page, SecondFactorCodes.codeNow(secret, clock));
        }
    }

    /** The key a login's authenticator holds since its enrolment in this run: a page asks its code again. */
    static String authenticatorSecret(String login) {
        String secret = AUTHENTICATOR.get(login);
        if (secret == null) {
            throw new IllegalStateException(login + " enrolled no authenticator in this run of the journeys");
        }
        return secret;
    }

    private static void submitCode(Page page, String code) {
        page.locator("#second-factor-code").fill(code);
        page.locator("button.second-factor-submit").click();
    }

    /**
     * A staff screen of a person's file asks why it is opened before it shows anything (DD041):
     * the first reason of the list and a sentence, as an agent gives them.
     */
    static void giveAccessReason(Page page, String why) {
        page.locator("vaadin-select.access-reason").click();
        page.locator("vaadin-select.access-reason vaadin-select-item").first().click();
        page.locator("vaadin-text-area.access-reason-text textarea").fill(why);
        page.locator("vaadin-button.access-reason-open").click();
    }

    /** The whole page, into {@code target/e2e/<name>.png}. */
    static void screenshot(Page page, String name) {
        Path file = Paths.get("target", "e2e", name + ".png");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }
}
