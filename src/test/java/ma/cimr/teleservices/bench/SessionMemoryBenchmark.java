package ma.cimr.teleservices.bench;

import ma.cimr.teleservices.DemoLogins;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Heap held per signed-in person on the heaviest page of each space, against the minimal page of
 * the same stack (issue 15): the production jar in a process of its own, people signed in through
 * the real login page in headless Chromium ({@link SessionDriver}, a JVM of its own), and the live
 * heap read with {@code jcmd GC.class_histogram} (a full collection first).
 * How, and why so (DD048): every page gets a server of its own, fresh, so that nothing an earlier
 * page left (its sessions, what they filled or what expires meanwhile) moves the baseline; every
 * login of the page first signs in and opens it once (what a first visit loads for everyone:
 * classes, caches, the second-factor enrolment); then N people open it, then N more, and a session
 * holds (live heap after 2N − live heap after N) ÷ N: the second N find everything the first N
 * loaded once. Each reading is a settled one: full collections until two in a row agree within
 * {@value #SETTLED_BYTES_PER_SESSION} bytes per session. The classes that grew most are printed per
 * page; {@code -Dbench.heapDump=true} also dumps the heap with 2N sessions to {@code target/bench/<page>.hprof}
 * and prints {@link HeapDumpReport}'s account of it: which view, field and object keep the bytes.
 * Not a test; {@link PerformanceFigures} runs it, or alone:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=ma.cimr.teleservices.bench.SessionMemoryBenchmark}
 * after {@code ./mvnw -Pproduction -DskipTests package} ({@code -Dbench.sessions} N people per page,
 * default 10, so 2N = 20 per page; {@code -Dbench.pages=statement,delegate} for some pages only;
 * {@code -Dbench.topClasses}).
 */
public final class SessionMemoryBenchmark {

    static final int SESSIONS = Integer.getInteger("bench.sessions", 10);
    private static final int TOP_CLASSES = Integer.getInteger("bench.topClasses", 12);
    private static final boolean HEAP_DUMP = Boolean.getBoolean("bench.heapDump");
    private static final long SETTLED_BYTES_PER_SESSION = 512;

    /** A page measured: who opens it (in turn), where. */
    record MeasuredPage(String name, String title, String path, List<String> logins) {
    }

    /**
     * What one page holds per session (the second N's), what the first N held each (first visits
     * included: the difference is what the page loads once), and the classes that grew most with the
     * second N (name → bytes per session).
     */
    record PageMemory(MeasuredPage page, int sessions, long bytesPerSession, long firstBytesPerSession,
                      Map<String, Long> topClasses, long retainedBytes) {

        /** DD048's figure: the median session's retained heap in the dump, else the histogram's. */
        long figure() {
            return retainedBytes >= 0 ? retainedBytes : bytesPerSession;
        }
    }

    static final MeasuredPage MINIMAL = new MeasuredPage("minimal", "minimal app: a grid, no sign-in (floor)", "",
            List.of("-"));

    static final List<MeasuredPage> PAGES = List.of(
            new MeasuredPage("statement", "affiliate: points statement", "affiliate/statement",
                    List.of(DemoLogins.AFFILIATE, DemoLogins.OTHER_AFFILIATE)),
            new MeasuredPage("simulator", "affiliate: pension simulator", "affiliate/simulator",
                    List.of(DemoLogins.AFFILIATE, DemoLogins.OTHER_AFFILIATE)),
            new MeasuredPage("retiree", "retiree: home", "retiree", List.of(DemoLogins.RETIREE, DemoLogins.SURVIVOR)),
            new MeasuredPage("company-account", "company: compte adhérent", "company/account",
                    List.of(DemoLogins.ATLAS_COMPANY_ACCOUNT, DemoLogins.MAGHREB_COMPANY_ACCOUNT)),
            new MeasuredPage("declarations", "company: télédéclarations", "company/declarations",
                    List.of(DemoLogins.ATLAS_DECLARATION, DemoLogins.TETOUAN_DECLARATION)),
            // second factor: a code is good once per login and 30 s, so several logins take turns
            new MeasuredPage("delegate", "delegate: console", "delegate", List.of(DemoLogins.ATLAS_DELEGATE,
                    DemoLogins.MAGHREB_DELEGATE, DemoLogins.FES_DELEGATE, DemoLogins.TETOUAN_DELEGATE)),
            new MeasuredPage("requests-queue", "staff: request queues", "backoffice/requests",
                    List.of(DemoLogins.AGENT, DemoLogins.SECOND_AGENT, DemoLogins.SUPERVISOR)),
            new MeasuredPage("declarations-queue", "staff: declarations to process", "backoffice/declarations",
                    List.of(DemoLogins.AGENT, DemoLogins.SECOND_AGENT, DemoLogins.SUPERVISOR)));

    private SessionMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        print(measureAll());
        System.exit(0);
    }

    /** The floor, then every page asked for ({@code -Dbench.pages}), each on a server of its own. */
    /** The pages asked for ({@code -Dbench.pages}); empty for all. */
    static List<String> wanted() {
        return Arrays.stream(System.getProperty("bench.pages", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<PageMemory> measureAll() throws Exception {
        List<String> wanted = wanted();
        List<PageMemory> measured = new ArrayList<>();
        try (ServerProcess minimal = ServerProcess.minimal()) {
            measured.add(measure(minimal, MINIMAL, SESSIONS));
        }
        for (MeasuredPage page : PAGES) {
            if (wanted.isEmpty() || wanted.contains(page.name())) {
                try (ServerProcess portal = ServerProcess.portal()) {
                    measured.add(measure(portal, page, SESSIONS));
                } catch (RuntimeException failed) {
                    // one page's failure (a browser step on a loaded machine) leaves the others' figures
                    System.out.println("  " + page.name() + " NOT measured: " + failed.getMessage());
                }
                print(measured); // so far: a run cut short still leaves its table
            }
        }
        return measured;
    }

    static PageMemory measure(ServerProcess server, MeasuredPage page, int sessions) throws Exception {
        try (Driver driver = Driver.start(server)) {
            System.out.printf("  %-20s 2 × %d sessions on %s...%n", page.name(), sessions, server);
            String logins = String.join(",", page.logins());
            String open = "open " + DemoLogins.PASSWORD + " " + page.path() + " ";
            // every login's first visit (and enrolment) loads what later ones share: not counted
            driver.command(open + page.logins().size() + " " + logins);
            driver.command("close");
            HeapHistogram none = settled(server, sessions);
            driver.command(open + sessions + " " + logins);
            HeapHistogram first = settled(server, sessions);
            driver.command(open + sessions + " " + logins);
            HeapHistogram second = settled(server, sessions);
            long retained = -1;
            if (HEAP_DUMP) {
                Path dump = Path.of("target", "bench", page.name() + ".hprof").toAbsolutePath();
                Files.deleteIfExists(dump);
                server.heapDump(dump);
                HeapDumpReport.lastMedianRetained = -1;
                HeapDumpReport.main(new String[]{dump.toString()});
                retained = HeapDumpReport.lastMedianRetained;
            }
            driver.command("close");
            Map<String, Long> top = second.minus(first).entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[1]))
                    .limit(TOP_CLASSES)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue()[1] / sessions,
                            (a, b) -> a, LinkedHashMap::new));
            return new PageMemory(page, sessions, (second.totalBytes() - first.totalBytes()) / sessions,
                    (first.totalBytes() - none.totalBytes()) / sessions, top, retained);
        }
    }

    /** Full collections until two readings in a row agree: what is left is what is reachable. */
    private static HeapHistogram settled(ServerProcess server, int sessions) throws Exception {
        Thread.sleep(3_000); // the browsers' idle connections close (ServerProcess.KEEP_ALIVE)
        HeapHistogram last = server.histogram();
        for (int i = 0; i < 8; i++) {
            Thread.sleep(500);
            HeapHistogram next = server.histogram();
            if (Math.abs(next.totalBytes() - last.totalBytes()) <= SETTLED_BYTES_PER_SESSION * sessions) {
                return next;
            }
            last = next;
        }
        System.out.println("  (the live heap did not settle within 9 collections: the last one is used)");
        return last;
    }

    static void print(List<PageMemory> measured) {
        PageMemory floor = measured.stream().filter(m -> m.page().equals(MINIMAL)).findFirst().orElse(null);
        System.out.println();
        System.out.println("Heap per session, goal ≤ 100 KB on every page (retained: the median session in the dump, DD048;"
                + " histogram: (live heap after 2N − after N) ÷ N):");
        System.out.printf("  %-42s %-26s %14s %10s %14s %10s %16s%n", "page", "path", "retained", "÷ minimal", "histogram",
                "÷ minimal", "first N, each");
        for (PageMemory m : measured) {
            System.out.printf("  %-42s %-26s %14s %10s %11.1f KB %10s %13.1f KB%n", m.page().title(), "/" + m.page().path(),
                    m.retainedBytes() < 0 ? "-" : String.format("%.1f KB", m.retainedBytes() / 1024.0),
                    floor != null && m.retainedBytes() >= 0 && floor.retainedBytes() > 0
                            ? String.format("%.2f", (double) m.retainedBytes() / floor.retainedBytes()) : "-",
                    m.bytesPerSession() / 1024.0,
                    floor != null && floor.bytesPerSession() > 0 ? String.format("%.2f", (double) m.bytesPerSession() / floor.bytesPerSession()) : "-",
                    m.firstBytesPerSession() / 1024.0);
        }
        for (PageMemory m : measured) {
            System.out.printf("%nWhat a session of /%s holds most (KB per session, by class):%n", m.page().path());
            m.topClasses().forEach((name, bytes) -> System.out.printf("  %10.1f KB  %s%n", bytes / 1024.0, name));
        }
    }

    /** The browser JVM and its line protocol (see {@link SessionDriver}). */
    private record Driver(Process process, BufferedReader out, PrintStream in) implements AutoCloseable {

        static Driver start(ServerProcess server) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", classpath(),
                    SessionDriver.class.getName(), server.baseUrl())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Driver driver = new Driver(process,
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)),
                    new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8));
            driver.answer();
            return driver;
        }

        /** exec:java runs the benchmark in a class loader of its own: its URLs are the test classpath. */
        private static String classpath() {
            if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
                return Arrays.stream(loader.getURLs()).map(url -> {
                    try {
                        return new File(url.toURI()).getPath();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).collect(Collectors.joining(File.pathSeparator));
            }
            return System.getProperty("java.class.path");
        }

        String command(String line) throws IOException {
            in.println(line);
            return answer();
        }

        private String answer() throws IOException {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ok")) {
                    return line;
                } else if (line.startsWith("error")) {
                    throw new IllegalStateException("browser: " + line);
                }
                System.out.println("  browser: " + line);
            }
            throw new IllegalStateException("the browser JVM ended");
        }

        @Override
        public void close() throws InterruptedException {
            in.println("quit");
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroy();
            }
        }
    }
}
