package ma.cimr.teleservices.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The people of {@link SessionMemoryBenchmark}: headless Chromium windows that sign in through the
 * real login page and open a page. It runs in a JVM of its own so that the browser driver's objects
 * never count in the heap measured in the portal's. Commands on stdin, one a line:
 * {@code open <password> <path> <n> <login>,<login>...} (n new windows, each its own session, the
 * logins in turn; a login {@code -} opens the page without signing in) and {@code close} (closes every window); each answered by a line starting with
 * {@code ok} or {@code error}. After signing in, the page is reached by a link, in the same UI,
 * as a person reaches it from the menu. The second factor is the {@link Authenticator}'s.
 */
public final class SessionDriver {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Authenticator AUTHENTICATOR = new Authenticator();

    private SessionDriver() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(java.nio.file.Paths.get(CHROMIUM)).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            List<BrowserContext> windows = new ArrayList<>();
            out.println("ok ready");
            String line;
            while ((line = in.readLine()) != null) {
                String[] command = line.trim().split(" ");
                try {
                    switch (command[0]) {
                        case "open" -> {
                            int n = Integer.parseInt(command[3]);
                            String[] logins = command[4].split(",");
                            for (int i = 0; i < n; i++) {
                                BrowserContext window = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"));
                                windows.add(window);
                                open(window.newPage(), base, logins[i % logins.length], command[1], command[2]);
                            }
                            out.println("ok " + windows.size());
                        }
                        case "close" -> {
                            windows.forEach(BrowserContext::close);
                            windows.clear();
                            out.println("ok closed");
                        }
                        case "quit" -> {
                            out.println("ok bye");
                            return;
                        }
                        default -> out.println("error unknown command " + line);
                    }
                } catch (RuntimeException e) {
                    out.println("error " + e.toString().replace('\n', ' '));
                }
            }
        }
    }

    /** Signs in through the login page (and the second factor when asked), then opens the page. */
    private static void open(Page page, String base, String login, String password, String path)
            throws InterruptedException {
        page.setDefaultTimeout(60_000);
        if (login.equals("-")) { // a page without sign-in
            page.navigate(base + path);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.locator("h1, h2, vaadin-grid").first().waitFor();
            return;
        }
        page.navigate(base + "login");
        page.locator("input[name=\"username\"]").fill(login);
        page.locator("input[name=\"password\"]").fill(password);
        page.locator("vaadin-button[slot=\"submit\"]").click();
        page.waitForURL(url -> !url.contains("/login"));
        Locator enrolment = page.locator(".second-factor-enrol-view");
        Locator code = page.locator(".second-factor-view");
        // the second-factor guard may show its step under the space's own address (it reroutes
        // without changing it): look for the step itself, not only for its address
        page.waitForLoadState(LoadState.NETWORKIDLE);
        enrolment.or(code).or(page.locator("h1")).first().waitFor();
        if (page.url().contains("second-factor") || enrolment.or(code).count() > 0) {
            enrolment.or(code).first().waitFor();
            if (enrolment.isVisible()) {
                AUTHENTICATOR.enrolled(login, page.locator(".second-factor-secret").textContent());
                submit(page, AUTHENTICATOR.codeNow(login));
                page.locator(".recovery-codes li").first().waitFor();
                page.locator("a.recovery-codes-continue").click();
            } else {
                submit(page, AUTHENTICATOR.codeNow(login));
            }
            page.waitForURL(url -> !url.contains("second-factor"));
            enrolment.or(code).first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        }
        page.waitForLoadState(LoadState.NETWORKIDLE);
        if (!page.url().endsWith(path)) {
            // as a person goes there from the menu: the router's navigation in the same UI (through the
            // history, as the menu's links do); a new page load would leave the first UI in the session
            // until its heartbeats stop
            // a loaded machine may still be finishing the first page's own navigation, which sets
            // the address back: go again until the address stays (three tries)
            for (int attempt = 0; attempt < 3 && !page.url().endsWith(path); attempt++) {
                page.evaluate("""
                        url => { window.history.pushState(null, '', url); window.dispatchEvent(new PopStateEvent('popstate')); }""",
                        base + path);
                page.waitForURL(url -> url.endsWith(path));
                page.waitForLoadState(LoadState.NETWORKIDLE);
                page.waitForTimeout(1_000);
            }
        }
        page.locator("h1, h2, vaadin-grid").first().waitFor();
        if (!page.url().endsWith(path)) {
            throw new IllegalStateException(login + " asked for " + path + ", is on " + page.url());
        }
        // a guard reroutes without changing the address: the page shown must be the one asked for
        if (enrolment.count() > 0 || code.count() > 0 || page.locator("vaadin-login-form, vaadin-login-overlay").count() > 0) {
            throw new IllegalStateException(login + " asked for " + path + ", is shown the sign-in or the second factor");
        }
    }

    private static void submit(Page page, String code) {
        page.locator("#second-factor-code").fill(code);
        page.locator("button.second-factor-submit").click();
    }
}
