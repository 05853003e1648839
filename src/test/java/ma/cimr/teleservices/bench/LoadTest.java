package ma.cimr.teleservices.bench;

import ma.cimr.teleservices.DemoLogins;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fifty people at once (issue 15, DD047): the production jar in a process of its own on a
 * throw-away database with the demo data, and N simulated people in one headless Chromium (a
 * browser context each, so a session each) going through Vaadin's real client-server protocol:
 * affiliates sign in, open the statement, run the simulator and file a request; delegates open their
 * console; agents work the request queue. For each step it prints the whole step and its Vaadin round
 * trips as the browser timed them, the server's own handling time and SQL queries per round trip
 * (the portal's log of each round trip by request id, at a level set for this run only, and its
 * Prometheus timers read before and after), and the errors; next to them a static file of the portal fetched by a plain
 * HTTP client all along the same run, and the ratio round trip p95 ÷ static file p95 (goal ≤ 10).
 * It also says how much CPU the browser took and how much the portal did: on one machine the
 * browser's share slows the round trips it measures. Not a test; run it with
 * <pre>
 * ./mvnw -B -Pproduction -DskipTests package
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=ma.cimr.teleservices.bench.LoadTest
 * </pre>
 * {@code -Dbench.users} (50: three fifths affiliates, a fifth delegates, a fifth agents),
 * {@code -Dbench.minutes} (3, measured after everyone has signed in), {@code -Dbench.thinkMs} (1000,
 * between two clicks of one person).
 */
public final class LoadTest {

    private static final int USERS = Integer.getInteger("bench.users", 50);
    private static final double MINUTES = Double.parseDouble(System.getProperty("bench.minutes", "3"));
    private static final int THINK_MS = Integer.getInteger("bench.thinkMs", 1000);
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final List<String> DELEGATES = List.of(DemoLogins.ATLAS_DELEGATE, DemoLogins.MAGHREB_DELEGATE,
            DemoLogins.FES_DELEGATE, DemoLogins.TETOUAN_DELEGATE);
    private static final List<String> AGENTS = List.of(DemoLogins.AGENT, DemoLogins.SECOND_AGENT, DemoLogins.SUPERVISOR);

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        run();
        System.exit(0);
    }

    /**
     * Runs the load, prints its table and records its figures for {@link PerformanceFigures}; gives
     * round trip p95 ÷ static file p95.
     */
    static double run() throws Exception {
        int delegates = USERS / 5;
        int agents = USERS / 5;
        int affiliates = USERS - delegates - agents;
        System.out.printf("%d people: %d affiliates, %d delegates, %d agents; %.1f minutes measured, %d ms between clicks%n",
                USERS, affiliates, delegates, agents, MINUTES, THINK_MS);
        try (ServerProcess portal = ServerProcess.portal(
                List.of("--logging.level.ma.cimr.teleservices.shared.monitoring=DEBUG"));
             Chromium chromium = Chromium.start()) {
            System.out.printf("  portal up in %.1f s (%s); Chromium pid %d%n", portal.secondsToFirstPage(), portal,
                    chromium.process.pid());
            Run run = new Run(USERS, THINK_MS);
            List<Thread> people = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                LoadUser user;
                if (i < affiliates) {
                    // affiliates 10000001 to 10000200 have a space; each person a login of their own
                    user = new LoadUser(LoadUser.Kind.AFFILIATE, String.format("%08d", 10_000_001 + i), portal.baseUrl(),
                            chromium.endpoint, run);
                } else if (i < affiliates + delegates) {
                    user = new LoadUser(LoadUser.Kind.DELEGATE, DELEGATES.get(i % DELEGATES.size()), portal.baseUrl(),
                            chromium.endpoint, run);
                } else {
                    user = new LoadUser(LoadUser.Kind.AGENT, AGENTS.get(i % AGENTS.size()), portal.baseUrl(), chromium.endpoint, run);
                }
                Thread person = Thread.ofPlatform().name("person-" + i + "-" + user.login()).start(user);
                people.add(person);
                Thread.sleep(200); // fifty Playwright drivers starting at once would be a test of their own
            }
            System.out.println("  waiting for everyone's window and the staff's sign-in (second factor: logins take turns)...");
            if (!run.everyoneReady.await(15, TimeUnit.MINUTES)) {
                System.out.println("  not everyone was ready after 15 minutes: measuring those who are");
            }
            StaticFile staticFile = StaticFile.of(portal.baseUrl());
            ServerTimers before = ServerTimers.read(portal.prometheusUrl());
            ProcessCpu cpu = new ProcessCpu();
            Map<String, Long> groups = new LinkedHashMap<>();
            groups.put("portal!", portal.pid());
            long postgres = ProcessCpu.postgresOf(portal.pid());
            System.out.println("  the portal's PostgreSQL: pid " + postgres);
            groups.put("postgres", postgres);
            groups.put("chromium", chromium.process.pid());
            groups.put("drivers", ProcessHandle.current().pid());
            cpu.sample(groups, true);
            String loadBefore = uptime();
            long start = System.nanoTime();
            run.start((long) (MINUTES * 60_000));
            Thread prober = Thread.ofPlatform().name("static-file").start(() -> staticFile.probe(run));
            Thread sampler = Thread.ofPlatform().daemon().name("cpu").start(() -> {
                while (run.going()) {
                    cpu.sample(groups, false);
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            for (Thread person : people) {
                person.join(TimeUnit.MINUTES.toMillis(5) + (long) (MINUTES * 60_000));
            }
            prober.join();
            double seconds = (System.nanoTime() - start) / 1e9;
            cpu.sample(groups, false);
            sampler.interrupt();
            ServerTimers server = ServerTimers.read(portal.prometheusUrl()).since(before);
            Map<String, double[]> byRequestId = portal.roundTrips();
            run.steps.values().forEach(step -> step.server(byRequestId));
            return print(run, staticFile, server, cpu, seconds, loadBefore, uptime());
        }
    }

    private static double print(Run run, StaticFile staticFile, ServerTimers server, ProcessCpu cpu, double seconds,
                                String loadBefore, String loadAfter) {
        System.out.println();
        System.out.printf("%d people for %.0f s; load average before: %s; after: %s%n", USERS, seconds, loadBefore, loadAfter);
        System.out.println("Milliseconds. step = from the click to the Vaadin client idle again; round trip = one UIDL request as the"
                + " browser timed it; server = its handling in the portal (its log, by request id); queries = SQL statements per round trip.");
        System.out.printf("| %-34s | %5s | %8s | %8s | %6s | %10s | %10s | %7s | %7s | %7s | %6s |%n", "step", "steps",
                "step p50", "step p95", "trips", "trip p50", "trip p95", "srv p50", "srv p95", "queries", "errors");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<Double> allTrips = new ArrayList<>();
        int errors = 0;
        for (Map.Entry<String, StepFigures> entry : run.steps.entrySet()) {
            StepFigures f = entry.getValue();
            f.roundTrips(allTrips);
            errors += f.errors();
            System.out.printf("| %-34s | %5d | %8.0f | %8.0f | %6d | %10.1f | %10.1f | %7.1f | %7.1f | %7.1f | %6d |%n",
                    entry.getKey(), f.steps(), f.stepAt(0.5), f.stepAt(0.95), f.roundTrips(), f.roundTripAt(0.5),
                    f.roundTripAt(0.95), f.server(0.5), f.server(0.95), f.queriesPerRoundTrip(), f.errors());
        }
        double tripP95 = StepFigures.percentile(allTrips, 0.95);
        double staticP95 = staticFile.figures.roundTripAt(0.95);
        Figures.record("load.roundTripP95Ms", tripP95);
        Figures.record("load.staticP95Ms", staticP95);
        Figures.record("load.errors", errors + staticFile.figures.errors());
        Figures.record("load.people", USERS);
        System.out.printf("| %-34s | %5s | %8s | %8s | %6d | %10.1f | %10.1f | %7s | %7s | %7s | %6d |%n",
                "static file " + staticFile.path, "", "", "", staticFile.figures.roundTrips(), staticFile.figures.roundTripAt(0.5),
                staticP95, "", "", "", staticFile.figures.errors());
        System.out.printf("%nAll round trips: %d, p50 %.1f ms, p95 %.1f ms; static file p95 %.1f ms; round trip p95 ÷ static p95 = %.1f"
                        + " (goal ≤ 10: %s); errors %d (goal 0), failures that restarted a person %d%n",
                allTrips.size(), StepFigures.percentile(allTrips, 0.5), tripP95, staticP95, tripP95 / staticP95,
                tripP95 / staticP95 <= 10 ? "met" : "NOT met", errors + staticFile.figures.errors(), run.failures.get());
        System.out.printf("Portal's own timers (Prometheus, before → after): %.0f round trips, mean %.1f ms, p50 ≤ %.1f ms,"
                        + " p95 ≤ %.1f ms (bucket bounds); queries per round trip mean %.2f, p95 ≤ %.0f%n",
                server.count(), server.count() > 0 ? server.seconds() * 1000 / server.count() : Double.NaN,
                server.handlingMs(0.5), server.handlingMs(0.95), server.count() > 0 ? server.queries() / server.count() : Double.NaN,
                server.queriesAt(0.95));
        if (!run.pageLoads.isEmpty()) {
            System.out.println("Navigation entries missing, a page load instead: " + run.pageLoads);
        }
        System.out.printf("CPU seconds over the run (2 CPUs = %.0f s available): portal JVM %.1f, its PostgreSQL %.1f, Chromium %.1f,"
                        + " Playwright drivers and this JVM %.1f%n", 2 * seconds, cpu.used("portal"), cpu.used("postgres"), cpu.used("chromium"),
                cpu.used("drivers"));
        run.firstFailures.forEach(failure -> System.out.println("  failure: " + failure));
        return tripP95 / staticP95;
    }

    private static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    /** What every person shares: the clock of the run and the figures by step. */
    static final class Run {

        final Map<String, StepFigures> steps = new ConcurrentHashMap<>();
        final CountDownLatch everyoneReady;
        final AtomicInteger failures = new AtomicInteger();
        final List<String> firstFailures = new ArrayList<>();
        final Map<String, Integer> pageLoads = new ConcurrentHashMap<>();
        private final CountDownLatch started = new CountDownLatch(1);
        private final int thinkMs;
        private volatile long endsAt = Long.MAX_VALUE;

        Run(int people, int thinkMs) {
            this.everyoneReady = new CountDownLatch(people);
            this.thinkMs = thinkMs;
        }

        /** A person has a window (and, staff, is signed in: counted once they have done it): waits for the start. */
        void ready(LoadUser user) {
            everyoneReady.countDown();
            try {
                started.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void start(long millis) {
            endsAt = System.currentTimeMillis() + millis;
            started.countDown();
        }

        boolean going() {
            return System.currentTimeMillis() < endsAt;
        }

        int thinkMs() {
            return thinkMs;
        }

        StepFigures step(String name) {
            return steps.computeIfAbsent(name, n -> new StepFigures());
        }

        private final AtomicInteger screenshots = new AtomicInteger();

        /** The first failures' screens, in target/bench, to see what a person was looking at. */
        void screenshot(com.microsoft.playwright.Page page, String login) {
            int n = screenshots.incrementAndGet();
            if (n <= 5) {
                try {
                    page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                            .setPath(Path.of("target", "bench", "load-failure-" + n + "-" + login + ".png")));
                } catch (RuntimeException ignored) {
                    // the window may be gone
                }
            }
        }

        void pageLoadInstead(String path, String entries) {
            if (pageLoads.merge(path, 1, Integer::sum) == 1) {
                System.out.println("  no navigation entry " + path + " among: " + entries);
            }
        }

        void failed(LoadUser user, Exception e) {
            failures.incrementAndGet();
            synchronized (firstFailures) {
                if (firstFailures.size() < 10) {
                    String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
                    firstFailures.add(user.kind() + " " + user.login() + ": " + e.getClass().getSimpleName() + " "
                            + message.substring(0, Math.min(400, message.length())));
                }
            }
        }
    }

    /** The floor: one static file of the portal, fetched without a browser all along the run. */
    private static final class StaticFile {

        final String path;
        final StepFigures figures = new StepFigures();
        private final URI uri;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        private StaticFile(String path, URI uri) {
            this.path = path;
            this.uri = uri;
        }

        /** The portal's own script bundle, as its login page names it (else its icon). */
        static StaticFile of(String base) throws IOException, InterruptedException {
            String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher bundle = Pattern.compile("(VAADIN/build/[^\"']+\\.js)").matcher(page);
            String path = bundle.find() ? bundle.group(1) : "icons/icon.png";
            return new StaticFile(path, URI.create(base + path));
        }

        void probe(Run run) {
            while (run.going()) {
                long start = System.nanoTime();
                try {
                    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() == 200) {
                        figures.roundTrip((System.nanoTime() - start) / 1e6, null);
                    } else {
                        figures.error();
                    }
                    Thread.sleep(100);
                } catch (IOException e) {
                    figures.error();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** One headless Chromium for every person, each connected to it through DevTools with a Playwright of its own. */
    private static final class Chromium implements AutoCloseable {

        final Process process;
        final String endpoint;
        private final Path profile;

        private Chromium(Process process, String endpoint, Path profile) {
            this.process = process;
            this.endpoint = endpoint;
            this.profile = profile;
        }

        static Chromium start() throws IOException {
            Path profile = Files.createTempDirectory("load-test-chromium");
            Process process = new ProcessBuilder(CHROMIUM, "--headless=new", "--remote-debugging-port=0",
                    "--user-data-dir=" + profile, "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-renderer-backgrounding", "--disable-background-timer-throttling", "about:blank")
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null) {
                int at = line.indexOf("ws://");
                if (line.contains("DevTools listening on") && at >= 0) {
                    Thread.ofPlatform().daemon().start(() -> out.lines().forEach(ignored -> { })); // keep its pipe empty
                    return new Chromium(process, line.substring(at).strip(), profile);
                }
            }
            throw new IllegalStateException("Chromium ended without listening for DevTools");
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
