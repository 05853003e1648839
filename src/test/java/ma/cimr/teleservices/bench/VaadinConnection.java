package ma.cimr.teleservices.bench;

import ma.cimr.teleservices.bench.UiTree.StepFailure;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser tab as the portal sees it, without a browser (DD047): an HTTP client with a
 * cookie jar of its own (so a session of its own) speaking Vaadin Flow's client-server protocol as
 * the real client does, messages learnt from the real client's requests: a page load is
 * {@code GET <route>} then {@code GET ?v-r=init&location=<route>} (the UI id and Vaadin's CSRF
 * token, {@code Vaadin-Security-Key}) then the router's {@code ui-navigate} event on the UI's node;
 * every later exchange is {@code POST ?v-r=uidl&v-uiId=N} with {@code {"csrfToken", "rpc", "syncId",
 * "clientId"}}, the sync id the last answer gave and the count of messages sent. It keeps the UI's
 * {@link UiTree} from the answers' changes, the grids' rows from their {@code $connector.set} calls,
 * and confirms each grid update ({@code confirmUpdate}) as the browser's grid does. Forms that are
 * not Vaadin's (the login and the second factor) are posted with Spring Security's CSRF token. Each
 * UIDL round trip is timed from the request sent to the answer's last byte and reported with its
 * {@code X-Request-Id}. What it does not do: run the answers' JavaScript, render, fetch the scripts
 * and styles, send the events web components fire by themselves when they start (property echoes
 * such as {@code opened-changed} with no data), or heartbeats (a run is shorter than their 5 minutes).
 * An answer that is not 200, that reports an application error, an expired session or asks the
 * client to resynchronise fails the step. Not thread-safe: one person, one thread.
 */
final class VaadinConnection {

    /** Where a person's round trips are counted. */
    interface Trips {
        void roundTrip(double ms, @Nullable String requestId);
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(Integer.getInteger("bench.timeoutSeconds", 60));
    private static final String BROWSER_DETAILS = "&v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280&v-tzo=0"
            + "&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE"
            + "&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false";
    private static final Pattern SPRING_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern GRID_CONFIRM = Pattern.compile("\\$connector\\.confirm\\(");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private Trips trips;
    private UiTree tree = new UiTree();
    private int uiId = -1;
    private String csrfToken = "";
    private int syncId;
    private int clientId;
    private int historyIndex;
    private String lastAnswer = "";
    private final Map<Integer, Integer> promises = new HashMap<>();

    VaadinConnection(String base, Trips trips) {
        this.base = base;
        this.trips = trips;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Where the next round trips are counted (the step under way). */
    void countIn(Trips step) {
        this.trips = step;
    }

    UiTree tree() {
        return tree;
    }

    /** The last answer's text, for a failure's report. */
    String lastAnswer() {
        return lastAnswer;
    }

    /**
     * A page load of a route ("login", "my-space"): the page, then the UI's bootstrap and its first
     * navigation, as the browser's Vaadin client does; returns the page's HTML.
     */
    String load(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + route)).GET());
        if (page.statusCode() != 200) {
            throw new StepFailure("GET " + route + ": " + page.statusCode() + " " + page.headers().firstValue("location").orElse(""));
        }
        tree = new UiTree();
        promises.clear();
        String query = "?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query="
                + BROWSER_DETAILS + "&v-curdate=" + System.currentTimeMillis() + "&v-wn=v-" + ThreadLocalRandom.current().nextDouble();
        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(base + query)).GET());
        if (init.statusCode() != 200) {
            throw new StepFailure("init " + route + ": " + init.statusCode());
        }
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString("");
        if (uiId < 0 || csrfToken.isEmpty()) {
            throw new StepFailure("init " + route + " gave no UI id or CSRF token");
        }
        clientId = 0;
        historyIndex = 0;
        handle(uidl);
        navigate("/" + route, "");
        return page.body();
    }

    /** The router's navigation inside the page (a side-navigation entry, a router link): one round trip. */
    JsonNode navigate(String route) throws IOException, InterruptedException {
        return navigate(route, "client");
    }

    private JsonNode navigate(String route, String trigger) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route).put("query", "").put("appShellTitle", "");
        ObjectNode state = data.putObject("historyState");
        if (!trigger.isEmpty()) {
            state.putNull("usr");
            state.put("key", Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36));
        }
        state.put("idx", trigger.isEmpty() ? 0 : historyIndex++);
        data.put("trigger", trigger);
        return send(event(1, "ui-navigate", data));
    }

    /** A click on an element, with the mouse details the browser sends. */
    JsonNode click(UiTree.Node node) throws IOException, InterruptedException {
        return send(clickEvent(node));
    }

    ObjectNode clickEvent(UiTree.Node node) {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.shiftKey", false).put("event.metaKey", false).put("event.detail", 1).put("event.ctrlKey", false)
                .put("event.clientX", 320).put("event.clientY", 400).put("event.altKey", false).put("event.button", 0)
                .put("event.screenY", 500).put("event.screenX", 330);
        return event(node.id, "click", data);
    }

    /** A value typed into a field and the field left: the property synchronised, then its change event. */
    List<ObjectNode> typed(UiTree.Node field, String value) {
        return List.of(sync(field, "value", value), event(field.id, "change", JSON.createObjectNode()));
    }

    ObjectNode sync(UiTree.Node node, String property, String value) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync").put("node", node.id).put("feature", 1).put("property", property).put("value", value);
        return sync;
    }

    ObjectNode sync(UiTree.Node node, String property, boolean value) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync").put("node", node.id).put("feature", 1).put("property", property).put("value", value);
        return sync;
    }

    ObjectNode event(int node, String type, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event").put("node", node).put("event", type).set("data", data);
        return event;
    }

    ObjectNode emptyEvent(UiTree.Node node, String type) {
        return event(node.id, type, JSON.createObjectNode());
    }

    /** A call of a method the server published on an element ({@code this.$server.name(args)}), with its promise. */
    ObjectNode serverCall(int node, String method, Object... arguments) {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler").put("node", node).put("templateEventMethodName", method);
        ArrayNode args = call.putArray("templateEventMethodArgs");
        for (Object argument : arguments) {
            if (argument instanceof Integer i) {
                args.add(i);
            } else {
                args.add(String.valueOf(argument));
            }
        }
        call.put("promise", promises.merge(node, 1, Integer::sum) - 1);
        return call;
    }

    /**
     * The first page of a {@code LazyGrid}'s rows, as its script asks for them
     * ({@code this.$server.rows(0, 50)}): the value the server's answer resolves the call's promise with.
     */
    List<JsonNode> lazyRows(UiTree.Node grid) throws IOException, InterruptedException {
        JsonNode answer = send(serverCall(grid.id, "rows", 0, 50));
        for (JsonNode call : answer.path("execute")) {
            for (JsonNode argument : call) {
                if (argument.isArray()) {
                    List<JsonNode> rows = new ArrayList<>();
                    argument.forEach(rows::add);
                    return rows;
                }
            }
        }
        return List.of();
    }

    /** A click on a {@code LazyGrid}'s row, as its script reports it ({@code this.$server.clicked(index, -1)}). */
    JsonNode clickLazyRow(UiTree.Node grid, String key) throws IOException, InterruptedException {
        return send(serverCall(grid.id, "clicked", Integer.parseInt(key), -1));
    }

    /** One UIDL round trip carrying these RPCs; the answer applied; grid updates confirmed in a round trip of their own. */
    JsonNode send(ObjectNode... rpcs) throws IOException, InterruptedException {
        return send(List.of(rpcs));
    }

    JsonNode send(List<ObjectNode> rpcs) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode rpc = message.putArray("rpc");
        rpcs.forEach(rpc::add);
        message.put("syncId", syncId).put("clientId", clientId);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message)));
        long start = System.nanoTime();
        HttpResponse<String> response = send(request);
        double ms = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new StepFailure("UIDL answer " + response.statusCode());
        }
        trips.roundTrip(ms, response.headers().firstValue("x-request-id").orElse(null));
        clientId++;
        String body = response.body();
        lastAnswer = body;
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode answer = JSON.readTree(body);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        List<Integer> confirms = handle(answer);
        if (!confirms.isEmpty()) {
            List<ObjectNode> confirmations = new ArrayList<>();
            for (int i = 0; i < confirms.size(); i += 2) {
                confirmations.add(serverCall(confirms.get(i), "confirmUpdate", confirms.get(i + 1)));
            }
            send(confirmations);
        }
        return answer;
    }

    /** Applies an answer; gives the grid updates to confirm (node, update id, ...). */
    private List<Integer> handle(JsonNode answer) {
        JsonNode meta = answer.path("meta");
        if (meta.has("appError") || meta.path("sessionExpired").asBoolean(false) || answer.has("resynchronize")
                || meta.has("resynchronize")) {
            throw new StepFailure("the answer says " + meta + (answer.has("resynchronize") ? " resynchronize" : ""));
        }
        if (answer.has("syncId")) {
            syncId = answer.get("syncId").asInt();
        }
        if (answer.has("changes")) {
            tree.apply(answer.get("changes"));
        }
        List<Integer> confirms = new ArrayList<>();
        for (JsonNode call : answer.path("execute")) {
            String script = call.get(call.size() - 1).asString("");
            if (GRID_CONFIRM.matcher(script).find() && call.size() >= 3) {
                confirms.add(call.get(0).path("@v-node").asInt());
                confirms.add(call.get(1).asInt());
            }
        }
        return confirms;
    }

    /**
     * The login form's post, as the browser's form posts it with Spring Security's token (the page's
     * {@code _csrf} meta, or its {@code XSRF-TOKEN} cookie when there is one); gives the address it
     * redirects to.
     */
    String postLogin(String page, String username, String password) throws IOException, InterruptedException {
        Matcher meta = SPRING_CSRF.matcher(page);
        String token = cookie("XSRF-TOKEN");
        if (token == null) {
            if (!meta.find()) {
                throw new StepFailure("the login page has no CSRF token");
            }
            token = meta.group(1);
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("_csrf", token);
        fields.put("username", username);
        fields.put("password", password);
        return postForm("login", fields);
    }

    /** A plain HTML form's post; gives the route it redirects to ("" for the root). */
    String postForm(String action, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 302 && response.statusCode() != 303) {
            throw new StepFailure("POST " + action + ": " + response.statusCode());
        }
        String location = response.headers().firstValue("location").orElseThrow(() -> new StepFailure("POST " + action + ": no location"));
        String route = location.startsWith(base) ? location.substring(base.length()) : location.replaceFirst("^https?://[^/]+/", "");
        return route.startsWith("/") ? route.substring(1) : route;
    }

    private @Nullable String cookie(String name) {
        for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(TIMEOUT).header("Accept-Language", "fr-FR").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 500) {
            throw new StepFailure(request.build().method() + " " + request.build().uri() + ": " + response.statusCode());
        }
        return response;
    }

    /** Lets the client's connections go (the person is done). */
    void close() {
        http.close();
    }
}
