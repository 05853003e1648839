package ma.cimr.teleservices.bench;

import ma.cimr.teleservices.DemoLogins;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * throw-away database with the demo data, and N simulated people, each a {@link LoadUser} on a
 * virtual thread with a {@link VaadinConnection} of its own (an HTTP client and its cookies, so a
 * session each) speaking Vaadin's real client-server protocol without a browser: affiliates sign in,
 * open the statement, run the simulator and file a request; delegates open their console; agents
 * work the request queue. For each step it prints the whole step and its Vaadin round trips as the
 * client timed them (request sent to the answer's last byte), the server's own handling time and SQL
 * queries per round trip (the portal's log of each round trip by request id, at a level set for
 * this run only, and its Prometheus timers read before and after), and the errors; next to them a
 * static file of the portal fetched by a plain HTTP client all along the same run, and the ratio
 * round trip p95 ÷ static file p95 (goal ≤ 10). It also says how much CPU the portal, its
 * PostgreSQL and the driver took, and how many requests the affiliates filed (their pages' and the
 * database's count). No browser: no JavaScript runs and nothing is rendered, so the figures are the
 * portal's side of a click. Not a test; run it with
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
                List.of("--logging.level.ma.cimr.teleservices.shared.monitoring=DEBUG"))) {
            System.out.printf("  portal up in %.1f s (%s)%n", portal.secondsToFirstPage(), portal);
            Run run = new Run(USERS, THINK_MS);
            Authenticator authenticator = new Authenticator();
            List<Thread> people = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                LoadUser user;
                if (i < affiliates) {
                    // affiliates 10000001 to 10000200 have a space; each person a login of their own
                    user = new LoadUser(LoadUser.Kind.AFFILIATE, String.format("%08d", 10_000_001 + i), i, portal.baseUrl(), run,
                            authenticator);
                } else if (i < affiliates + delegates) {
                    user = new LoadUser(LoadUser.Kind.DELEGATE, DELEGATES.get(i % DELEGATES.size()), i, portal.baseUrl(), run,
                            authenticator);
                } else {
                    user = new LoadUser(LoadUser.Kind.AGENT, AGENTS.get(i % AGENTS.size()), i, portal.baseUrl(), run, authenticator);
                }
                people.add(Thread.ofVirtual().name("person-" + i + "-" + user.login()).start(user));
            }
            System.out.println("  waiting for the staff's sign-in (second factor: people sharing a login take turns)...");
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
            groups.put("driver!", ProcessHandle.current().pid());
            cpu.sample(groups, true);
            String loadBefore = uptime();
            long requestsBefore = storedRequests(postgres);
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
            String loadAfter = uptime();
            ServerTimers server = ServerTimers.read(portal.prometheusUrl()).since(before);
            Map<String, double[]> byRequestId = portal.roundTrips();
            run.steps.values().forEach(step -> step.server(byRequestId));
            long stored = storedRequests(postgres) - requestsBefore;
            System.out.printf("%nRequests filed: %d shown with a new reference to the people who filed them (%d distinct);"
                    + " %d more rows in service_request%n", run.filedCount(), run.filed.size(), stored);
            return print(run, staticFile, server, cpu, seconds, loadBefore, loadAfter);
        }
    }

    /**
     * The rows of {@code service_request} in the portal's throw-away database (its PostgreSQL found by
     * the port the portal is connected to), or -1 if it cannot be read.
     */
    private static long storedRequests(long postgres) {
        try {
            String command = ProcessHandle.of(postgres).flatMap(p -> p.info().commandLine()).orElse("");
            Matcher port = Pattern.compile(" -p (\\d+)").matcher(command);
            if (!port.find()) {
                return -1;
            }
            try (var connection = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + port.group(1) + "/postgres",
                    "postgres", "");
                 var statement = connection.createStatement();
                 var rows = statement.executeQuery("select count(*) from service_request")) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            System.out.println("  could not count the stored requests: " + e.getMessage());
            return -1;
        }
    }

    private static double print(Run run, StaticFile staticFile, ServerTimers server, ProcessCpu cpu, double seconds,
                                String loadBefore, String loadAfter) {
        System.out.println();
        System.out.printf("%d people for %.0f s; load average before: %s; after: %s%n", USERS, seconds, loadBefore, loadAfter);
        System.out.println("Milliseconds. step = from the step's first request to its last answer; round trip = one UIDL request as the"
                + " client timed it (sent to last byte); server = its handling in the portal (its log, by request id); queries = SQL"
                + " statements per round trip.");
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
        if (!run.missingEntries.isEmpty()) {
            System.out.println("Side-navigation entries missing (navigated to all the same): " + run.missingEntries);
        }
        System.out.printf("CPU seconds over the run (%d CPUs = %.0f s available): portal JVM %.1f, its PostgreSQL %.1f,"
                        + " the driver (this JVM) %.1f%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors() * seconds, cpu.used("portal"), cpu.used("postgres"), cpu.used("driver"));
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

        final Map<String, StepFigures> steps = new java.util.concurrent.ConcurrentSkipListMap<>(); // by space, then step
        final CountDownLatch everyoneReady;
        final AtomicInteger failures = new AtomicInteger();
        final List<String> firstFailures = new ArrayList<>();
        final Map<String, Integer> missingEntries = new ConcurrentHashMap<>();
        final java.util.Set<String> filed = ConcurrentHashMap.newKeySet();
        private final AtomicInteger filedCount = new AtomicInteger();
        private final CountDownLatch started = new CountDownLatch(1);
        private final int thinkMs;
        private volatile long endsAt = Long.MAX_VALUE;

        Run(int people, int thinkMs) {
            this.everyoneReady = new CountDownLatch(people);
            this.thinkMs = thinkMs;
        }

        /** A person is ready (staff and delegates once signed in, or failed to): waits for the start. */
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

        /** A person's failure: counted, the first ones told with the page they were on (the last answer in target/bench). */
        void failed(LoadUser user, Exception e, @Nullable VaadinConnection tab) {
            int n = failures.incrementAndGet();
            synchronized (firstFailures) {
                if (firstFailures.size() < 10) {
                    String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
                    firstFailures.add(user.kind() + " " + user.login() + ": " + e.getClass().getSimpleName() + " "
                            + message.substring(0, Math.min(400, message.length())));
                }
            }
            if (n <= 5 && tab != null) {
                try {
                    Files.writeString(Files.createDirectories(Path.of("target", "bench"))
                            .resolve("load-failure-" + n + "-" + user.login() + ".json"), tab.lastAnswer());
                } catch (IOException ignored) {
                    // the report of a failure must not fail
                }
            }
        }

        void noEntry(String route, List<String> entries) {
            if (missingEntries.merge(route, 1, Integer::sum) == 1) {
                System.out.println("  no side-navigation entry " + route + " among: " + entries);
            }
        }

        /** A request an affiliate filed, by the reference its page showed. */
        void filed(String reference) {
            filed.add(reference);
            filedCount.incrementAndGet();
        }

        int filedCount() {
            return filedCount.get();
        }
    }

    /** The floor: one static file of the portal, fetched by a plain HTTP client all along the run. */
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
}
