package ma.cimr.teleservices.bench;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.bench.UiTree.Node;
import ma.cimr.teleservices.bench.UiTree.StepFailure;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated person of {@link LoadTest}: a {@link VaadinConnection} (a session of its own on the
 * portal, no browser) driven from a thread, doing its space's scenario again and again until the run
 * ends. Each step is timed from its first request to its last answer; each Vaadin round trip keeps
 * its request id, by which the portal's log gives the server's own time and query count. Every step
 * checks that the page shows what it should (its title, the button or the figures it is about): a
 * step that lands elsewhere, on the sign-in or on a refusal counts an error, as a browser's locator
 * would fail; the person then starts again in a new session.
 */
final class LoadUser implements Runnable {

    /** Which scenario a person follows. */
    enum Kind { AFFILIATE, DELEGATE, AGENT }

    private static final Properties FRENCH = french();
    private static final Pattern SIDE_NAV_PATH = Pattern.compile("<vaadin-side-nav-item path=\"([^\"]*)\"");
    private static final Pattern REFERENCE = Pattern.compile("R\\d{4}-\\d+");

    private final Kind kind;
    private final String login;
    private final int number;
    private final String base;
    private final LoadTest.Run run;
    private final Authenticator authenticator;
    private @Nullable VaadinConnection tab;
    private int iteration;

    LoadUser(Kind kind, String login, int number, String base, LoadTest.Run run, Authenticator authenticator) {
        this.kind = kind;
        this.login = login;
        this.number = number;
        this.base = base;
        this.run = run;
        this.authenticator = authenticator;
    }

    @Override
    public void run() {
        boolean signedIn = false;
        if (kind != Kind.AFFILIATE) { // staff and delegates sign in once, before the run: not a step of theirs
            try {
                signIn();
                signedIn = true;
            } catch (Exception e) {
                run.failed(this, e, tab);
            }
        }
        run.ready(this);
        while (run.going()) {
            try {
                if (!signedIn || kind == Kind.AFFILIATE) { // affiliates sign in anew at each round
                    signIn();
                    signedIn = true;
                }
                scenario();
                iteration++;
            } catch (Exception e) {
                if (!run.going()) {
                    break;
                }
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    break;
                }
                run.failed(this, e, tab);
                signedIn = false; // start again in a new session, after a breath
                pause();
                pause();
            }
            pause();
        }
        if (tab != null) {
            tab.close();
        }
    }

    private void scenario() throws Exception {
        VaadinConnection tab = current();
        switch (kind) {
            case AFFILIATE -> {
                step("affiliate: statement", () -> {
                    follow("affiliate/statement");
                    title("statement.title");
                });
                pause();
                step("affiliate: simulator page", () -> {
                    follow("affiliate/simulator");
                    title("simulator.title");
                    tab.tree().one("vaadin-button", "simulate");
                });
                pause();
                step("affiliate: simulate", () -> {
                    tab.click(tab.tree().one("vaadin-button", "simulate"));
                    tab.tree().one("", "simulation-figures");
                });
                pause();
                step("affiliate: my requests", () -> {
                    follow("affiliate/requests");
                    title("request.mine.title");
                    tab.tree().one("vaadin-grid");
                });
                pause();
                step("affiliate: request form", () -> {
                    Node button = tab.tree().all("vaadin-button").stream()
                            .filter(b -> b.value("theme").contains("primary")).findFirst()
                            .orElseThrow(() -> new StepFailure("no primary button on my requests"));
                    tab.click(button);
                    title("request.new");
                    tab.tree().one("vaadin-button", "send-request");
                });
                pause();
                step("affiliate: file a request", this::fileRequest);
            }
            case DELEGATE -> {
                step("delegate: console", () -> {
                    follow("delegate");
                    title("delegate.users.title");
                });
                pause();
                step("delegate: requests", () -> {
                    follow("delegate/requests");
                    title("request.mine.title");
                });
            }
            case AGENT -> {
                List<JsonNode> rows = new ArrayList<>();
                step("agent: request queue", () -> {
                    follow("backoffice/requests");
                    title("request.queue.title");
                    rows.addAll(tab.lazyRows(tab.tree().one("vaadin-grid", "request-queue")));
                    if (rows.isEmpty()) {
                        throw new StepFailure("the request queue shows no row");
                    }
                });
                pause();
                // a row of the first screen by person and round: agents do not all open the same request
                JsonNode row = rows.get((number + iteration) % rows.size());
                String reference = reference(row);
                boolean[] gate = new boolean[1];
                step("agent: open a request", () -> {
                    tab.clickLazyRow(tab.tree().one("vaadin-grid", "request-queue"), row.path("key").asString());
                    // a file this session has not opened yet asks why first (law 09-08, DD041)
                    gate[0] = tab.tree().first("", "access-reason-gate").isPresent();
                    if (gate[0]) {
                        title("accesslog.gate.title");
                    } else {
                        title("request.title", Pattern.quote(reference));
                    }
                });
                if (gate[0]) {
                    pause();
                    step("agent: give the reason to open it", () -> {
                        giveReason();
                        title("request.title", Pattern.quote(reference));
                    });
                }
            }
        }
    }

    private void fileRequest() throws IOException, InterruptedException {
        VaadinConnection tab = current();
        UiTree tree = tab.tree();
        Node type = tree.one("vaadin-select", "request-type");
        String label = "Réclamation";
        Node item = tree.within(type, "vaadin-select-item").stream().filter(i -> tree.text(i).contains(label)).findFirst()
                .orElseThrow(() -> new StepFailure("no request type " + label + " among " + tree.texts("vaadin-select-item")));
        tab.send(tab.sync(type, "opened", true), tab.emptyEvent(type, "opened-changed"));
        tab.send(tab.sync(type, "opened", false), tab.emptyEvent(type, "opened-changed"), tab.sync(type, "value", item.value("value")),
                tab.emptyEvent(type, "value-changed"));
        Node subject = tree.labelled("vaadin-text-field", FRENCH.getProperty("request.subject"));
        Node text = tree.labelled("vaadin-text-area", FRENCH.getProperty("request.description"));
        tab.send(tab.typed(subject, "Essai de charge " + login + " " + iteration));
        List<ObjectNode> send = new ArrayList<>(tab.typed(text, "Demande déposée par le test de charge (DD047)."));
        send.add(tab.clickEvent(tree.one("vaadin-button", "send-request")));
        tab.send(send);
        String shown = title("request.title", "(R\\d{4}-\\d+)");
        Matcher reference = REFERENCE.matcher(shown);
        if (!reference.find()) {
            throw new StepFailure("the new request's page shows no reference: " + shown);
        }
        run.filed(reference.group());
    }

    /** The access gate's answer: the first reason, a sentence, and the button that opens the file. */
    private void giveReason() throws IOException, InterruptedException {
        VaadinConnection tab = current();
        UiTree tree = tab.tree();
        Node reason = tree.one("vaadin-select", "access-reason");
        Node first = tree.within(reason, "vaadin-select-item").stream().findFirst()
                .orElseThrow(() -> new StepFailure("the access reason offers no choice"));
        tab.send(tab.sync(reason, "opened", true), tab.emptyEvent(reason, "opened-changed"));
        tab.send(tab.sync(reason, "opened", false), tab.emptyEvent(reason, "opened-changed"),
                tab.sync(reason, "value", first.value("value")), tab.emptyEvent(reason, "value-changed"));
        List<ObjectNode> open = new ArrayList<>(tab.typed(tree.one("vaadin-text-area", "access-reason-text"),
                "Traitement de la demande (test de charge, DD047)."));
        open.add(tab.clickEvent(tree.one("vaadin-button", "access-reason-open")));
        tab.send(open);
    }

    private static String reference(JsonNode row) {
        for (var field : row.properties()) {
            Matcher reference = REFERENCE.matcher(field.getValue().asString(""));
            if (reference.matches()) {
                return reference.group();
            }
        }
        throw new StepFailure("a queue row without a reference: " + row);
    }

    /** Follows a side-navigation entry inside the page: the router's navigation, one round trip. */
    private void follow(String route) throws IOException, InterruptedException {
        VaadinConnection tab = current();
        // the menu is markup, the side navigation's innerHTML (DD048): its entries are read from it
        List<String> paths = tab.tree().all("vaadin-side-nav").stream()
                .flatMap(nav -> SIDE_NAV_PATH.matcher(nav.value("innerHTML")).results().map(m -> m.group(1)))
                .map(path -> path.replaceFirst("^/", "")).toList();
        if (!paths.contains(route)) {
            run.noEntry(route, paths);
        }
        tab.navigate(route);
    }

    /**
     * The page's title must be this translation (French; {@code argument} a regular expression where
     * the translation has {0}); gives the title shown.
     */
    private String title(String key, String... argument) {
        String pattern = FRENCH.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no translation " + key);
        }
        // the portal formats a translation only when it has arguments (PortalI18NProvider)
        String expected;
        if (argument.length == 0) {
            expected = Pattern.quote(pattern);
        } else {
            String[] parts = new MessageFormat(pattern, Locale.FRENCH).toPattern().split("\\{0}", -1);
            expected = Pattern.quote(parts[0]) + argument[0] + (parts.length > 1 ? Pattern.quote(parts[1]) : "");
        }
        UiTree tree = current().tree();
        List<String> titles = tree.texts("h1");
        for (String title : titles) {
            if (title.matches(expected)) {
                return title;
            }
        }
        throw new StepFailure("the page's title is " + titles + ", not " + pattern + (argument.length > 0 ? " " + argument[0] : ""));
    }

    private void signIn() throws Exception {
        if (tab != null) {
            tab.close(); // the previous session's tab: a person signing in anew has closed it
        }
        tab = new VaadinConnection(base, (ms, id) -> { });
        boolean affiliate = kind == Kind.AFFILIATE;
        VaadinConnection tab = current();
        String[] page = new String[1];
        if (affiliate) {
            step("affiliate: login page (page load)", () -> page[0] = loginPage());
            step("affiliate: sign in", () -> {
                String target = tab.postLogin(page[0], login, DemoLogins.PASSWORD);
                signedInOn(target);
            });
            return;
        }
        // staff and delegates always pass a second factor (SecondFactorPolicy); those sharing a login take turns
        authenticator.inTurn(login, () -> {
            page[0] = loginPage();
            String target = tab.postLogin(page[0], login, DemoLogins.PASSWORD);
            if (target.contains("login")) {
                throw new StepFailure(login + " refused at sign-in: " + target);
            }
            tab.load(target);
            UiTree tree = tab.tree();
            Node form = tree.one("form", "second-factor-form");
            if (tree.first("", "second-factor-enrol-view").isPresent()) {
                authenticator.enrolled(login, tree.text(tree.one("", "second-factor-secret")));
            } else {
                tree.one("", "second-factor-view");
            }
            String next = tab.postForm(form.value("action"), Map.of("code", authenticator.codeNow(login),
                    "_csrf", csrf(tree, form)));
            if (next.contains("second-factor/recovery-codes")) {
                tab.load(next);
                tab.tree().one("", "recovery-codes");
                String home = tab.tree().one("a", "recovery-codes-continue").value("href");
                tab.navigate(home.replaceFirst("^\\./", "").replaceFirst("^/", ""));
            } else if (next.contains("second-factor")) {
                throw new StepFailure(login + "'s code was refused: " + next);
            } else {
                tab.load(next);
            }
            if (tab.tree().first("", "second-factor-view").isPresent() || tab.tree().first("", "second-factor-enrol-view").isPresent()) {
                throw new StepFailure(login + " is still asked for a second factor");
            }
            return null;
        });
    }

    private static String csrf(UiTree tree, Node form) {
        for (int child : form.children) {
            Node input = tree.node(child).orElse(null);
            if (input != null && input.tag().equals("input") && input.value("type").equals("hidden")) {
                return input.value("value");
            }
        }
        throw new StepFailure("the second-factor form carries no CSRF token");
    }

    private String loginPage() throws IOException, InterruptedException {
        String html = current().load("login");
        current().tree().first("vaadin-login-form").or(() -> current().tree().first("vaadin-login-overlay"))
                .orElseThrow(() -> new StepFailure("the login page shows no login form"));
        return html;
    }

    /** After the password: the page it leads to is a space's, not the sign-in again. */
    private void signedInOn(String target) throws IOException, InterruptedException {
        if (target.contains("login")) {
            throw new StepFailure(login + " refused at sign-in: " + target);
        }
        current().load(target);
        UiTree tree = current().tree();
        if (tree.first("vaadin-login-form").isPresent() || tree.texts("h1").isEmpty()) {
            throw new StepFailure(login + " signed in on a page without a title, or the login form: " + tree.texts("h1"));
        }
    }

    /** A step that must happen. */
    private interface Action {
        void run() throws Exception;
    }

    /** Times one step: from its first request to its last answer, each round trip counted in it. */
    private void step(String name, Action action) throws Exception {
        StepFigures figures = run.step(name);
        VaadinConnection tab = current();
        tab.countIn(figures::roundTrip);
        long start = System.nanoTime();
        try {
            action.run();
            figures.addStep((System.nanoTime() - start) / 1e6);
            refused(tab.tree());
        } catch (Exception e) {
            figures.error();
            throw e;
        } finally {
            tab.countIn((ms, id) -> { });
        }
    }

    /** A refusal or an unexpected error shown as a notification counts as the step's error. */
    private static void refused(UiTree tree) {
        for (Node notification : tree.all("vaadin-notification")) {
            if (notification.value("theme").contains("error")) {
                throw new StepFailure("a refusal was shown: " + tree.text(notification) + " " + notification.properties);
            }
        }
    }

    private VaadinConnection current() {
        VaadinConnection connection = tab;
        if (connection == null) {
            throw new IllegalStateException("no connection yet");
        }
        return connection;
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

    private static Properties french() {
        Properties properties = new Properties();
        try (var in = LoadUser.class.getResourceAsStream("/i18n/messages_fr.properties")) {
            if (in == null) {
                throw new IllegalStateException("no French translations on the class path");
            }
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    Kind kind() {
        return kind;
    }

    String login() {
        return login;
    }
}
