package ma.cimr.teleservices.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The one benchmark command of issue 15: every figure as a ratio against the floor measured in the
 * same run on the same machine (these machines are shared: absolute times vary from run to run),
 * each printed with the absolute figures it comes from. Not a test. Run it (README, "Benchmarks")
 * with
 * <pre>
 * ./mvnw -B -Pproduction -DskipTests package
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=ma.cimr.teleservices.bench.PerformanceFigures
 * </pre>
 * {@code -Dbench.only=startup,memory,statement,import,pensionrun,load} runs some parts only; each part's own
 * properties ({@code bench.sessions}, {@code bench.history}, {@code bench.lines}...) apply.
 */
public final class PerformanceFigures {

    private static final List<String> ONLY = Arrays.stream(System.getProperty("bench.only", "").split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).toList();
    private static final int STARTS = Integer.getInteger("bench.starts", 3);

    /** One line of the table. */
    record Row(String figure, String ratio, String goal, String verdict, String from) {
    }

    private PerformanceFigures() {
    }

    public static void main(String[] args) throws Exception {
        List<Row> rows = new ArrayList<>();
        if (wanted("statement")) {
            section("statement at the fund's size (StatementBenchmark, its database in target/bench-postgres)");
            StatementBenchmark.main(new String[0]);
            rows.add(statementRow());
        }
        if (wanted("import")) {
            section("declaration import (DeclarationImportBenchmark)");
            DeclarationImportBenchmark.main(new String[0]);
            rows.add(importRow());
        }
        if (wanted("pensionrun")) {
            section("monthly pension run (PensionRunBenchmark, its database in target/bench-pension-postgres)");
            PensionRunBenchmark.main(new String[0]);
        }
        rows.add(pensionRunRow());
        rows.addAll(pensionRunFloorRows());
        if (wanted("memory")) {
            section("heap per session (SessionMemoryBenchmark, the production jar)");
            rows.addAll(memoryRows());
        }
        if (wanted("load")) {
            section("50 people at once (LoadTest, the production jar, one headless Chromium)");
            LoadTest.run();
            rows.add(loadRow());
        }
        if (wanted("startup")) {
            section("start to first page (the production jar, then the minimal application from it), " + STARTS + " times each");
            rows.addAll(startupRows());
        }
        print(rows);
        System.exit(0);
    }

    private static boolean wanted(String part) {
        return ONLY.isEmpty() || ONLY.contains(part);
    }

    private static void section(String title) {
        System.out.printf("%n=== %s%n", title);
    }

    static Row statementRow() {
        OptionalDouble statement = Figures.get("statement.p95Ms");
        OptionalDouble lookup = Figures.get("lookup.p95Ms");
        if (statement.isEmpty() || lookup.isEmpty()) {
            return notMeasured("statement p95 ÷ primary-key lookup p95", "≤ 20", "nothing measured (see above)");
        }
        double ratio = statement.getAsDouble() / lookup.getAsDouble();
        return new Row("statement p95 ÷ primary-key lookup p95", String.format("%.1f ×", ratio), "≤ 20",
                verdict(ratio <= 20),
                String.format("statement %.2f ms, lookup %.3f ms, simulator %.2f ms; %,.0f contribution rows",
                        statement.getAsDouble(), lookup.getAsDouble(), Figures.get("simulator.p95Ms").orElse(Double.NaN),
                        Figures.get("statement.contributionRows").orElse(0)));
    }

    /**
     * The import ÷ COPY into a copy of {@code declaration_line} with the same two foreign keys, the
     * floor DD026 chose (every line the import writes has them checked, as a COPY into the real
     * table would), and, printed beside it, ÷ COPY without them.
     */
    static Row importRow() {
        OptionalDouble service = Figures.get("import.serviceRowsPerSecond");
        OptionalDouble copy = Figures.get("import.copyRowsPerSecond");
        OptionalDouble copyWithKeys = Figures.get("import.copyWithKeysRowsPerSecond");
        if (service.isEmpty() || copy.isEmpty() || copyWithKeys.isEmpty()) {
            return notMeasured("declaration import rows/s ÷ COPY rows/s", "≥ 0.4", "nothing measured (see above)");
        }
        double ratio = service.getAsDouble() / copyWithKeys.getAsDouble();
        double withoutKeys = service.getAsDouble() / copy.getAsDouble();
        return new Row("declaration import rows/s ÷ COPY rows/s, with the table's foreign keys / without them",
                String.format("%.2f / %.2f", ratio, withoutKeys), "≥ 0.4", verdict(ratio >= 0.4) + " (with them, DD026)",
                String.format("import %,.0f rows/s, COPY %,.0f rows/s with the foreign keys, %,.0f without; %,.0f lines",
                        service.getAsDouble(), copyWithKeys.getAsDouble(), copy.getAsDouble(), Figures.get("import.lines").orElse(0)));
    }

    /**
     * The monthly pension run ÷ COPY TO (goal ≥ 0.3). Hook: the run's benchmark (branch
     * pension-run) records {@code pensionRun.rowsPerSecond} and {@code pensionRun.copyToRowsPerSecond}
     * with {@link Figures#record}; call it in {@link #main} before this row, and the row fills in.
     */
    static Row pensionRunRow() {
        OptionalDouble run = Figures.get("pensionRun.rowsPerSecond");
        OptionalDouble copyTo = Figures.get("pensionRun.copyToRowsPerSecond");
        if (run.isEmpty() || copyTo.isEmpty()) {
            return notMeasured("monthly pension run rows/s ÷ COPY TO rows/s", "≥ 0.3", "not measured in this run");
        }
        double ratio = run.getAsDouble() / copyTo.getAsDouble();
        return new Row("monthly pension run rows/s ÷ COPY TO rows/s", String.format("%.2f", ratio), "≥ 0.3",
                verdict(ratio >= 0.3), String.format("run %,.0f rows/s, COPY TO %,.0f rows/s",
                run.getAsDouble(), copyTo.getAsDouble()));
    }

    /**
     * What bounds the run's ratio (DD046): each part of its work done alone on the same rows, as a
     * ratio to the same COPY TO. The run cannot beat the slowest floor it has to go through.
     */
    static List<Row> pensionRunFloorRows() {
        OptionalDouble copyTo = Figures.get("pensionRun.copyToRowsPerSecond");
        if (copyTo.isEmpty()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (String[] floor : new String[][] {
                {"validateRowsPerSecond", "floor: XSD validation of the run's files alone (parse included)"},
                {"writeRowsPerSecond", "floor: the same XML written, not validated"},
                {"readRowsPerSecond", "floor: the files' rows read by plain JDBC"},
                {"insertSelectRowsPerSecond", "floor: INSERT ... SELECT of the month's rows"}}) {
            OptionalDouble rate = Figures.get("pensionRun." + floor[0]);
            if (rate.isPresent()) {
                rows.add(new Row(floor[1] + " rows/s ÷ COPY TO rows/s", String.format("%.2f", rate.getAsDouble() / copyTo.getAsDouble()),
                        "-", "-", String.format("%,.0f rows/s", rate.getAsDouble())));
            }
        }
        return rows;
    }

    /** Vaadin round trips under load ÷ a static file of the portal in the same run (goal ≤ 10, 0 errors). */
    static Row loadRow() {
        OptionalDouble trip = Figures.get("load.roundTripP95Ms");
        OptionalDouble file = Figures.get("load.staticP95Ms");
        if (trip.isEmpty() || file.isEmpty()) {
            return notMeasured("UI round trip p95 ÷ static file p95, under load", "≤ 10, 0 errors", "nothing measured (see above)");
        }
        double ratio = trip.getAsDouble() / file.getAsDouble();
        double errors = Figures.get("load.errors").orElse(0);
        return new Row("UI round trip p95 ÷ static file p95, under load", String.format("%.1f ×", ratio), "≤ 10, 0 errors",
                verdict(ratio <= 10 && errors == 0), String.format("round trip %.0f ms, static file %.0f ms; %.0f people, %.0f errors",
                trip.getAsDouble(), file.getAsDouble(), Figures.get("load.people").orElse(0), errors));
    }

    static List<Row> memoryRows() throws Exception {
        List<SessionMemoryBenchmark.PageMemory> measured = SessionMemoryBenchmark.measureAll();
        SessionMemoryBenchmark.print(measured);
        var floor = measured.getFirst();
        List<Row> rows = new ArrayList<>();
        for (var wanted : SessionMemoryBenchmark.PAGES) {
            var page = measured.stream().filter(m -> m.page().equals(wanted)).findFirst();
            if (page.isEmpty()) {
                if (SessionMemoryBenchmark.wanted().isEmpty() || SessionMemoryBenchmark.wanted().contains(wanted.name())) {
                    rows.add(notMeasured("heap per session /" + wanted.path() + " ÷ minimal page", "≤ 100 KB",
                            "not measured: its browser step failed (see above)"));
                }
                continue;
            }
            // the dump's retained figure when the run made one (-Dbench.heapDump=true, DD048), else the histogram's
            long bytes = page.get().figure();
            double kb = bytes / 1024.0;
            rows.add(new Row("heap per session /" + wanted.path() + " ÷ minimal page", String.format("%.2f", (double) bytes / floor.figure()),
                    "≤ 100 KB", verdict(kb <= 100), String.format("%.1f KB ÷ %.1f KB (%s); %d sessions", kb, floor.figure() / 1024.0,
                            page.get().retainedBytes() >= 0 ? "retained by the median session" : "live heap, (2N − N) ÷ N",
                            page.get().sessions())));
        }
        return rows;
    }

    /**
     * Start as production starts: the portal on a PostgreSQL that is already running and migrated
     * (its first start, which migrates and loads the demo data, is printed apart), against the
     * minimal application, which has no database. The default {@code java -jar} on a throw-away
     * embedded database also creates a PostgreSQL cluster at each start (about 8 s here), which no
     * production start does: measured too, and printed, not the ratio.
     */
    static List<Row> startupRows() throws Exception {
        double[] portal = new double[STARTS];
        double[] minimal = new double[STARTS];
        double[] portalCpu = new double[STARTS];
        double[] minimalCpu = new double[STARTS];
        double[][] ahead;
        try (EmbeddedPostgres postgres = BenchPostgres.fresh(Path.of("target", "bench-startup-postgres"))) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            try (ServerProcess first = ServerProcess.portal(url, true)) {
                System.out.printf("  portal's first start on an empty database (migrations, demo data): %.1f s%n",
                        first.secondsToFirstPage());
            }
            for (int i = 0; i < STARTS; i++) { // in turn, so both see the same load on the machine
                try (ServerProcess server = ServerProcess.portal(url, false)) {
                    portal[i] = server.secondsToFirstPage();
                    portalCpu[i] = server.cpuSecondsToFirstPage();
                }
                try (ServerProcess server = ServerProcess.minimal()) {
                    minimal[i] = server.secondsToFirstPage();
                    minimalCpu[i] = server.cpuSecondsToFirstPage();
                }
                System.out.printf("  portal %.1f s (%.1f s of processor), minimal %.1f s (%.1f s of processor)%n", portal[i],
                        portalCpu[i], minimal[i], minimalCpu[i]);
            }
            ahead = startsAhead(url);
            StartupStepsTable.print(url);
        }
        try (ServerProcess embedded = ServerProcess.portal()) {
            System.out.printf("  portal on a throw-away embedded database (the development default): %.1f s%n",
                    embedded.secondsToFirstPage());
        }
        double p = median(portal);
        double m = median(minimal);
        double pa = median(ahead[0]);
        double ma = median(ahead[1]);
        return List.of(new Row("seconds from java -jar to the first page ÷ minimal app's", String.format("%.2f", p / m), "≤ 1.5",
                verdict(p / m <= 1.5), String.format("portal %.1f s ÷ minimal %.1f s (medians of %d; portal on a running, migrated"
                        + " PostgreSQL); processor time %.1f s ÷ %.1f s = %.2f", p, m, STARTS, median(portalCpu), median(minimalCpu),
                        median(portalCpu) / median(minimalCpu))),
                new Row("the same, both as the image starts them (jar extracted, AOT cache)", String.format("%.2f", pa / ma), "≤ 1.5",
                        verdict(pa / ma <= 1.5), String.format("portal %.1f s ÷ minimal %.1f s; processor time %.1f s ÷ %.1f s;"
                                + " the portal so started ÷ the plain minimal app: %.2f", pa, ma, median(ahead[2]), median(ahead[3]),
                                pa / m)));
    }

    /**
     * The portal and the minimal application as the container image starts them: each trained
     * once (a start that ends when Spring's context is ready, the JVM writing its classes to a cache at exit), then started in turn with
     * its cache. Gives {portal s, minimal s, portal processor s, minimal processor s} per start.
     */
    private static double[][] startsAhead(String url) throws Exception {
        Path portalCache = Path.of("target", "bench", "aot", "portal.aot");
        Path minimalCache = Path.of("target", "bench", "aot", "minimal.aot");
        ServerProcess.trainPortalAhead(url, portalCache);
        ServerProcess.trainMinimalAhead(minimalCache);
        System.out.printf("  ahead-of-time caches made: portal %,d KB, minimal %,d KB%n", Files.size(portalCache) / 1024,
                Files.size(minimalCache) / 1024);
        double[][] figures = new double[4][STARTS];
        for (int i = 0; i < STARTS; i++) {
            try (ServerProcess server = ServerProcess.portalAhead(url, portalCache)) {
                figures[0][i] = server.secondsToFirstPage();
                figures[2][i] = server.cpuSecondsToFirstPage();
            }
            try (ServerProcess server = ServerProcess.minimalAhead(minimalCache)) {
                figures[1][i] = server.secondsToFirstPage();
                figures[3][i] = server.cpuSecondsToFirstPage();
            }
            System.out.printf("  with the cache: portal %.1f s (%.1f s of processor), minimal %.1f s (%.1f s of processor)%n",
                    figures[0][i], figures[2][i], figures[1][i], figures[3][i]);
        }
        return figures;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static Row notMeasured(String figure, String goal, String why) {
        return new Row(figure, "-", goal, "-", why);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }

    static void print(List<Row> rows) {
        System.out.println();
        System.out.println("| figure | ratio | goal | | from |");
        System.out.println("|---|---:|---|---|---|");
        rows.forEach(r -> System.out.printf("| %s | %s | %s | %s | %s |%n", r.figure(), r.ratio(), r.goal(), r.verdict(), r.from()));
    }
}
