package ma.cimr.teleservices.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * A server the benchmarks measure from outside, as production runs it: the portal's production
 * jar started with {@code java -jar}, or the minimal application of the same stack started from
 * that same jar (Spring Boot's {@code PropertiesLauncher}, the benchmark's classes on its loader
 * path). Measured from outside so that nothing of the benchmark's own counts in the heap; the
 * live heap is read with {@code jcmd <pid> GC.class_histogram}, which collects first.
 */
final class ServerProcess implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("bench.jar", "target/teleservices-0.1.0-SNAPSHOT.jar"));
    private static final Path BENCH_CLASSES = Path.of(System.getProperty("bench.classes.dir", "target/test-classes"));
    private static final String HEAP = System.getProperty("bench.serverHeap", "-Xmx1g");
    /** Far above the 12 s measured; a machine shared by many builds has been seen above 5 minutes. */
    private static final Duration START_TIMEOUT = Duration.parse(System.getProperty("bench.startTimeout", "PT15M"));

    /**
     * An idle browser's keep-alive connections hold Tomcat's buffers (byte arrays, about 50 KB a
     * window) until the timeout: a connection's heap, not a session's, and gone for a person who
     * reads a page for longer. Closed after a second here, so the heap measured is the sessions' (DD048).
     */
    static final String KEEP_ALIVE = "--server.tomcat.keep-alive-timeout=" + System.getProperty("bench.keepAlive", "1s");

    /** The minimal application's settings: not the portal's application.properties, which the jar also holds. */
    private static final List<String> FLOOR_SETTINGS = List.of("--spring.config.name=floor", "--spring.main.banner-mode=off");

    private static @Nullable Path floorJar;

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;
    private final double secondsToFirstPage;
    private final double cpuSecondsToFirstPage;

    private ServerProcess(Process process, int port, int managementPort, Path log, double secondsToFirstPage,
                          double cpuSecondsToFirstPage) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.secondsToFirstPage = secondsToFirstPage;
        this.cpuSecondsToFirstPage = cpuSecondsToFirstPage;
    }

    /**
     * The portal, {@code java -jar}, on a throw-away embedded database with the demo data, idle
     * connections closed after a second ({@link #KEEP_ALIVE}: what the session memory measures).
     */
    static ServerProcess portal() throws IOException, InterruptedException {
        return portal(List.of(KEEP_ALIVE));
    }

    /** The portal with more settings of the benchmark's ({@code --name=value}). */
    static ServerProcess portal(List<String> settings) throws IOException, InterruptedException {
        requireJar();
        int port = freePort();
        int managementPort = freePort();
        List<String> arguments = new ArrayList<>(List.of("-jar", JAR.toString(), "--server.port=" + port,
                "--portal.embedded-database.data-directory=", "--management.server.port=" + managementPort,
                // every benchmark session signs in from 127.0.0.1
                "--portal.rate-limits.sign-in=100000/PT1M"));
        arguments.addAll(settings);
        return start("portal", port, managementPort, arguments);
    }

    /**
     * The portal, {@code java -jar}, on a PostgreSQL already running, as production starts it (no
     * embedded server to create, and after the first start nothing to migrate). {@code demoData}:
     * whether this start loads the demo data (the first one, into the empty database).
     */
    static ServerProcess portal(String jdbcUrl, boolean demoData) throws IOException, InterruptedException {
        requireJar();
        int port = freePort();
        int managementPort = freePort();
        List<String> arguments = new ArrayList<>(List.of("-jar", JAR.toString(), "--server.port=" + port));
        arguments.addAll(onDatabase(jdbcUrl, demoData, managementPort));
        return start("portal-on-postgres", port, managementPort, arguments);
    }

    /**
     * The portal's settings on a running PostgreSQL, the same for every start measured or profiled on
     * one: the database, whether to load the demo data, the management port, and sign-ins from
     * 127.0.0.1 not limited (every benchmark session signs in from there).
     */
    private static List<String> onDatabase(String jdbcUrl, boolean demoData, int managementPort) {
        return List.of("--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--portal.demo-data=" + (demoData ? "always" : "never"), "--management.server.port=" + managementPort,
                "--portal.rate-limits.sign-in=100000/PT1M");
    }

    /** The minimal application ({@code ma.cimr.floor}), from the same jar, the same libraries. */
    static ServerProcess minimal() throws IOException, InterruptedException {
        requireJar();
        int port = freePort();
        List<String> arguments = new ArrayList<>(List.of("-Dloader.main=ma.cimr.floor.MinimalApplication",
                "-Dloader.path=" + BENCH_CLASSES.toAbsolutePath(), "-cp", JAR.toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher", "--server.port=" + port, KEEP_ALIVE));
        arguments.addAll(FLOOR_SETTINGS);
        return start("minimal", port, -1, arguments);
    }

    /**
     * The portal as the container image starts it (Dockerfile): the jar extracted by Spring Boot's
     * tools jar mode, a plain class path of jars with no nested-jar class loading, and a JDK
     * ahead-of-time cache ({@code -XX:AOTCache}, JEP 483 and 514) made by {@link #train}: classes
     * come to it loaded and linked.
     */
    static ServerProcess portalAhead(String jdbcUrl, Path cache) throws IOException, InterruptedException {
        int port = freePort();
        int managementPort = freePort();
        List<String> arguments = new ArrayList<>(List.of("-XX:AOTCache=" + cache.toAbsolutePath()));
        arguments.addAll(portalAheadArguments(jdbcUrl, port, managementPort));
        return start("portal-ahead", port, managementPort, arguments);
    }

    /** The minimal application started the same way: its jars extracted, a cache of its own. */
    static ServerProcess minimalAhead(Path cache) throws IOException, InterruptedException {
        int port = freePort();
        List<String> arguments = new ArrayList<>(List.of("-XX:AOTCache=" + cache.toAbsolutePath()));
        arguments.addAll(minimalAheadArguments(port));
        return start("minimal-ahead", port, -1, arguments);
    }

    /**
     * Makes the portal's cache as the image's build does: a start that ends once Spring's context is
     * refreshed ({@code spring.context.exit=onRefresh}), the JVM writing what it loaded at exit.
     */
    static void trainPortalAhead(String jdbcUrl, Path cache) throws IOException, InterruptedException {
        train(portalAheadArguments(jdbcUrl, freePort(), freePort()), cache);
    }

    static void trainMinimalAhead(Path cache) throws IOException, InterruptedException {
        train(minimalAheadArguments(freePort()), cache);
    }

    private static List<String> portalAheadArguments(String jdbcUrl, int port, int managementPort) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("-jar", extracted().toString(), "--server.port=" + port));
        arguments.addAll(onDatabase(jdbcUrl, false, managementPort));
        return arguments;
    }

    private static List<String> minimalAheadArguments(int port) throws IOException, InterruptedException {
        // a cache takes classes from jars only: the floor's classes go into a jar of their own
        List<String> arguments = new ArrayList<>(List.of("-cp", extracted() + java.io.File.pathSeparator + floorJar(),
                "ma.cimr.floor.MinimalApplication", "--server.port=" + port, KEEP_ALIVE));
        arguments.addAll(FLOOR_SETTINGS);
        return arguments;
    }

    /**
     * The floor's classes ({@code ma.cimr.floor}: the minimal application, {@code StartupSteps}) in a
     * jar of their own, made once per benchmark run so it holds the classes just compiled, and not
     * again within it (an ahead-of-time cache refuses a jar changed since its training): what the
     * portal is started with has none of the tests' classes for its component scan to meet.
     */
    private static synchronized Path floorJar() throws IOException, InterruptedException {
        Path floor = floorJar;
        if (floor == null) {
            floor = Files.createDirectories(Path.of("target", "bench")).resolve("floor.jar");
            Files.deleteIfExists(floor);
            run(List.of(Path.of(System.getProperty("java.home"), "bin", "jar").toString(), "--create", "--file", floor.toString(),
                    "-C", BENCH_CLASSES.toString(), "ma/cimr/floor"));
            floorJar = floor;
        }
        return floor;
    }

    /**
     * Spring's startup steps of one start from the jar, as {@code ma.cimr.floor.StartupSteps} prints
     * them: of the portal on the given running, migrated database (as {@link #portal(String, boolean)}
     * starts it) when {@code jdbcUrl} is given, else of the minimal application.
     */
    static List<String> startupSteps(@Nullable String jdbcUrl) throws IOException, InterruptedException {
        requireJar();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-Dloader.main=ma.cimr.floor.StartupSteps", "-Dloader.path=" + floorJar().toAbsolutePath(),
                "-Dsteps.application=" + (jdbcUrl == null ? "ma.cimr.floor.MinimalApplication" : "ma.cimr.teleservices.Application"),
                "-cp", JAR.toString(), "org.springframework.boot.loader.launch.PropertiesLauncher", "--server.port=" + freePort()));
        command.addAll(jdbcUrl == null ? FLOOR_SETTINGS : onDatabase(jdbcUrl, false, freePort()));
        Path log = Files.createDirectories(Path.of("target", "bench")).resolve("startup-steps.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("the startup steps' start failed: see " + log);
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith("READY ") || line.startsWith("STEP ") || line.startsWith("BEAN ")).toList();
        }
    }

    private static void train(List<String> arguments, Path cache) throws IOException, InterruptedException {
        Files.deleteIfExists(cache);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:AOTCacheOutput=" + cache.toAbsolutePath(), "-Dspring.context.exit=onRefresh"));
        command.addAll(arguments);
        run(command);
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("no ahead-of-time cache at " + cache);
        }
    }

    /** The production jar extracted once (its application jar beside a {@code lib/} of the rest). */
    static Path extracted() throws IOException, InterruptedException {
        requireJar();
        Path directory = Path.of("target", "bench", "aot", "extracted");
        Path application = directory.resolve(JAR.getFileName());
        if (!Files.isRegularFile(application) || Files.getLastModifiedTime(application).compareTo(Files.getLastModifiedTime(JAR)) < 0) {
            run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djarmode=tools", "-jar",
                    JAR.toString(), "extract", "--force", "--destination", directory.toString()));
        }
        return application;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createDirectories(Path.of("target", "bench")).resolve("aot-steps.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed: see " + log);
        }
    }

    private static void requireJar() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: build it first with ./mvnw -B -Pproduction -DskipTests package");
        }
    }

    private static ServerProcess start(String name, int port, int managementPort, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP));
        command.addAll(arguments);
        Path log = Files.createDirectories(Path.of("target", "bench")).resolve(name + ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest firstPage = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).timeout(Duration.ofSeconds(30)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended before serving its first page: see " + log);
            }
            try {
                HttpResponse<String> response = http.send(firstPage, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - start > START_TIMEOUT.toNanos()) {
                process.destroy();
                throw new IllegalStateException(name + " served no page in " + START_TIMEOUT + ": see " + log);
            }
            Thread.sleep(50);
        }
        return new ServerProcess(process, port, managementPort, log, (System.nanoTime() - start) / 1e9,
                cpuSeconds(process.pid()));
    }

    /**
     * The processor time the process has used (every thread: the JIT and the collector too), from
     * {@code /proc}: on a machine shared with other builds the wall-clock start stretches with the
     * load, the work done to reach the first page much less.
     */
    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
        return ticks / 100.0; // USER_HZ is 100 on Linux
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /** The Prometheus endpoint on the management port (the portal only). */
    String prometheusUrl() {
        return "http://localhost:" + managementPort + "/actuator/prometheus";
    }

    /**
     * The round trips the portal logged ({@code shared.monitoring.RoundTripMetrics} at DEBUG), by
     * request id: [handling ms, SQL queries].
     */
    Map<String, double[]> roundTrips() throws IOException {
        Map<String, double[]> byId = new HashMap<>();
        Pattern line = Pattern.compile("round-trip request=(\\S+) ms=([0-9.]+) queries=([0-9]+)");
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            lines.forEach(text -> {
                Matcher m = line.matcher(text);
                if (m.find()) {
                    byId.put(m.group(1), new double[]{Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))});
                }
            });
        }
        return byId;
    }

    long pid() {
        return process.pid();
    }

    double secondsToFirstPage() {
        return secondsToFirstPage;
    }

    double cpuSecondsToFirstPage() {
        return cpuSecondsToFirstPage;
    }

    /** Live objects by class, after a full collection. */
    HeapHistogram histogram() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process run = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String text = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (run.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + text);
        }
        return HeapHistogram.parse(text);
    }

    /** Every live object, for {@link HeapDumpReport}. */
    void heapDump(Path file) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process run = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.heap_dump", file.toString())
                .redirectErrorStream(true).start();
        String text = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (run.waitFor() != 0 || !Files.isRegularFile(file)) {
            throw new IllegalStateException("jcmd GC.heap_dump failed: " + text);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: Spring stops, and with it the embedded PostgreSQL
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return "server (pid " + process.pid() + ", log " + log + ")";
    }
}
