package ma.cimr.teleservices.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Timing;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.account.Totp;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One simulated person of {@link LoadTest}: a window (a browser context of the one shared Chromium,
 * a session of its own on the portal) driven from a thread and a Playwright connection of its own
 * (Playwright is not thread-safe), doing its space's scenario again and again until the run ends.
 * Each step is timed from the action to the Vaadin client idle again; each Vaadin round trip made
 * meanwhile is timed by the browser and keeps its request id, by which the portal's log gives the
 * server's own time and query count. A step that fails counts one error and the person starts again.
 */
final class LoadUser implements Runnable {

    /** Which scenario a person follows. */
    enum Kind { AFFILIATE, DELEGATE, AGENT }

    private static final String IDLE = "() => { const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
            + " return !!c && Object.keys(c).length > 0 && Object.values(c).every(x => !x.isActive || !x.isActive()); }";
    /** Follows a side-navigation entry inside the page (a Vaadin round trip, no page load); false if absent. */
    private static final String FOLLOW = "p => { const i = [...document.querySelectorAll('vaadin-side-nav-item')]"
            + ".find(e => (e.path || e.getAttribute('path') || '').replace(/^\\//, '') === p);"
            + " if (!i) return false; const a = i.shadowRoot && i.shadowRoot.querySelector('a'); (a || i).click(); return true; }";
    private static final Map<String, String> AUTHENTICATOR = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();
    private static final Map<String, ReentrantLock> SIGNING_IN = new ConcurrentHashMap<>();

    private final Kind kind;
    private final String login;
    private final String base;
    private final String cdpEndpoint;
    private final LoadTest.Run run;
    private volatile @Nullable StepFigures current;
    private int iteration;

    LoadUser(Kind kind, String login, String base, String cdpEndpoint, LoadTest.Run run) {
        this.kind = kind;
        this.login = login;
        this.base = base;
        this.cdpEndpoint = cdpEndpoint;
        this.run = run;
    }

    @Override
    public void run() {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().connectOverCDP(cdpEndpoint);
            BrowserContext window = null;
            Page page = null;
            boolean signedIn = false;
            if (kind != Kind.AFFILIATE) { // staff and delegates sign in once, before the run: not a step of theirs
                try {
                    window = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1280, 800));
                    page = open(window);
                    signIn(page);
                    signedIn = true;
                } catch (RuntimeException | InterruptedException e) {
                    run.failed(this, e);
                    page = null;
                }
            }
            run.ready(this);
            while (run.going()) {
                try {
                    if (page == null || kind == Kind.AFFILIATE) { // affiliates sign in anew at each round
                        if (window != null) {
                            window.close();
                        }
                        window = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                                .setViewportSize(1280, 800));
                        page = open(window);
                        signedIn = false;
                    }
                    if (!signedIn) {
                        signIn(page);
                        signedIn = true;
                    }
                    scenario(page);
                    iteration++;
                } catch (RuntimeException | InterruptedException e) {
                    if (!run.going()) {
                        break;
                    }
                    run.failed(this, e);
                    if (String.valueOf(e.getMessage()).contains("closed")) {
                        return; // this person's connection to the browser is gone: nothing more to measure
                    }
                    page = null; // start again in a new window, after a breath
                    pause();
                    pause();
                }
                pause();
            }
        } catch (RuntimeException e) {
            run.failed(this, e);
        }
    }

    private Page open(BrowserContext window) {
        Page page = window.newPage();
        page.setDefaultTimeout(60_000);
        page.onRequestFinished(this::finished);
        page.onResponse(response -> {
            StepFigures step = current;
            if (step != null && response.status() >= 500) {
                step.error();
            }
        });
        return page;
    }

    /** A Vaadin round trip ended: its browser-side time, and the server's from its header. */
    private void finished(Request request) {
        StepFigures step = current;
        if (step == null || !request.url().contains("v-r=uidl")) {
            return;
        }
        Timing timing = request.timing();
        if (timing.responseEnd < 0) {
            return;
        }
        Response response = request.response();
        step.roundTrip(timing.responseEnd, response == null ? null : response.headers().get("x-request-id"));
    }

    private void scenario(Page page) throws InterruptedException {
        switch (kind) {
            case AFFILIATE -> {
                step(page, "affiliate: statement", () -> follow(page, "affiliate/statement"),
                        () -> page.locator("h1").first().waitFor());
                pause();
                step(page, "affiliate: simulator page", () -> follow(page, "affiliate/simulator"),
                        () -> page.locator("vaadin-button.simulate").waitFor());
                pause();
                step(page, "affiliate: simulate", () -> page.locator("vaadin-button.simulate").click(),
                        () -> page.locator(".simulation-figures").first().waitFor());
                pause();
                step(page, "affiliate: my requests", () -> follow(page, "affiliate/requests"),
                        () -> page.locator("vaadin-grid").first().waitFor());
                pause();
                step(page, "affiliate: request form", () -> page.locator("vaadin-button[theme~=\"primary\"]").first().click(),
                        () -> page.locator("vaadin-button.send-request").waitFor());
                pause();
                step(page, "affiliate: file a request", () -> fileRequest(page),
                        () -> page.waitForURL(url -> url.matches(".*/affiliate/requests/[^/]+$") && !url.endsWith("/new")));
            }
            case DELEGATE -> {
                step(page, "delegate: console", () -> follow(page, "delegate"),
                        () -> page.locator("h1").first().waitFor());
                pause();
                step(page, "delegate: requests", () -> follow(page, "delegate/requests"),
                        () -> page.locator("h1").first().waitFor());
            }
            case AGENT -> {
                step(page, "agent: request queue", () -> follow(page, "backoffice/requests"),
                        () -> page.locator("vaadin-grid.request-queue").waitFor());
                pause();
                // the row of the (iteration)th request on the first screen: agents do not all open the same one
                Locator cells = page.locator("vaadin-grid.request-queue vaadin-grid-cell-content");
                cells.nth(20).waitFor();
                int row = iteration % 8;
                step(page, "agent: open a request", () -> cells.nth(7 + row * 7 + 1).click(),
                        () -> page.waitForURL(url -> url.matches(".*/backoffice/requests/[^/]+$") && !url.endsWith("/new")));
            }
        }
    }

    private void fileRequest(Page page) {
        page.locator("vaadin-select.request-type").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Réclamation")).first().click();
        idle(page);
        page.locator("vaadin-text-field input").first().fill("Essai de charge " + login + " " + iteration);
        page.locator("vaadin-text-area textarea").first().fill("Demande déposée par le test de charge (DD047).");
        page.locator("vaadin-button.send-request").click();
    }

    /** Times one step: from the action to the client idle and the page showing what it should. */
    private void step(Page page, String name, Runnable action, Runnable shown) {
        StepFigures figures = run.step(name);
        current = figures;
        long start = System.nanoTime();
        try {
            action.run();
            shown.run();
            idle(page);
            figures.addStep((System.nanoTime() - start) / 1e6);
        } catch (RuntimeException e) {
            figures.error();
            run.screenshot(page, login);
            throw e;
        } finally {
            current = null;
        }
    }

    /** A side-navigation entry, followed inside the page; a page load only if the entry is not there. */
    private void follow(Page page, String path) {
        if (!Boolean.TRUE.equals(page.evaluate(FOLLOW, path))) {
            run.pageLoadInstead(path, String.valueOf(page.evaluate(
                    "() => [...document.querySelectorAll('vaadin-side-nav-item')].map(e => e.path).join(' ')")));
            page.navigate(base + path);
        }
        page.waitForURL(url -> url.split("\\?")[0].endsWith("/" + path));
    }

    private static void idle(Page page) {
        page.waitForFunction(IDLE, null, new Page.WaitForFunctionOptions().setPollingInterval(10));
    }

    private void signIn(Page page) throws InterruptedException {
        boolean affiliate = kind == Kind.AFFILIATE;
        if (affiliate) {
            step(page, "affiliate: login page (page load)", () -> page.navigate(base + "login"),
                    () -> page.locator("vaadin-button[slot=\"submit\"]").waitFor());
        } else {
            page.navigate(base + "login");
        }
        page.locator("input[name=\"username\"]").fill(login);
        page.locator("input[name=\"password\"]").fill(DemoLogins.PASSWORD);
        if (affiliate) { // no second factor for affiliates (SecondFactorPolicy)
            step(page, "affiliate: sign in", () -> {
                page.locator("vaadin-button[slot=\"submit\"]").click();
                page.waitForURL(url -> !url.contains("/login"));
            }, () -> page.locator("h1").first().waitFor());
            return;
        }
        ReentrantLock lock = SIGNING_IN.computeIfAbsent(login, l -> new ReentrantLock());
        lock.lock(); // one code per login and 30 s: the staff and delegates sharing a login take turns
        try {
            page.locator("vaadin-button[slot=\"submit\"]").click();
            // staff and delegates always pass a second factor (SecondFactorPolicy): wait for its page, not the first page after login
            page.waitForURL(url -> url.contains("second-factor"));
            {
                Locator enrolment = page.locator(".second-factor-enrol-view");
                Locator code = page.locator(".second-factor-view");
                enrolment.or(code).first().waitFor();
                if (enrolment.isVisible()) {
                    AUTHENTICATOR.put(login, page.locator(".second-factor-secret").textContent().trim());
                    submit(page, codeNow());
                    page.locator(".recovery-codes li").first().waitFor();
                    page.locator("a.recovery-codes-continue").click();
                } else {
                    submit(page, codeNow());
                }
                page.waitForURL(url -> !url.contains("second-factor"));
            }
            page.waitForLoadState(LoadState.NETWORKIDLE);
        } finally {
            lock.unlock();
        }
    }

    private String codeNow() throws InterruptedException {
        String secret = AUTHENTICATOR.get(login);
        if (secret == null) {
            throw new IllegalStateException(login + " enrolled an authenticator outside this run");
        }
        long step = Totp.step(Instant.now());
        while (step <= LAST_STEP.getOrDefault(login, -1L)) {
            Thread.sleep(1_000);
            step = Totp.step(Instant.now());
        }
        LAST_STEP.put(login, step);
        return Totp.code(Totp.fromBase32(secret), step);
    }

    private static void submit(Page page, String code) {
        page.locator("#second-factor-code").fill(code);
        page.locator("button.second-factor-submit").click();
    }

    /** A person reads before the next click. */
    private void pause() {
        if (run.going()) {
            try {
                Thread.sleep(run.thinkMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    Kind kind() {
        return kind;
    }

    String login() {
        return login;
    }
}
