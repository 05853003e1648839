package ma.cimr.teleservices.bench;

import ma.cimr.teleservices.security.AffiliateId;
import ma.cimr.teleservices.security.AccountId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import ma.cimr.teleservices.Application;
import ma.cimr.teleservices.affiliate.PointsService;
import ma.cimr.teleservices.affiliate.repository.StatementReads;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Role;
import org.jooq.DSLContext;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;


/**
 * Times the affiliate's points statement and the pension simulator at the fund's size, through the
 * real {@link PointsService} (jOOQ repository, parameters, rules) of the real application context,
 * on an embedded PostgreSQL of its own kept in {@code target/bench-postgres}. Not a test: surefire
 * runs only {@code *Test} and {@code *Properties}. Run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=ma.cimr.teleservices.bench.StatementBenchmark}
 * (system properties {@code bench.*} below). The first run loads {@code bench/fund-size.sql}.
 */
public final class StatementBenchmark {

    private static final Path DATA = Path.of(System.getProperty("bench.statementDatabase", "target/bench-postgres"));
    private static final long AFFILIATES = Long.getLong("bench.affiliates", 750_000);
    private static final long CONTRIBUTING = Long.getLong("bench.contributing", 430_000);
    private static final long COMPANIES = Long.getLong("bench.companies", 3_000);
    private static final long HISTORY = Long.getLong("bench.history", CONTRIBUTING);
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 500);
    private static final int MEASURED = Integer.getInteger("bench.measured", 2_000);
    private static final boolean LOAD_ONLY = Boolean.getBoolean("bench.loadOnly");

    private static final List<org.jooq.Query> CAPTURED = java.util.Collections.synchronizedList(new ArrayList<>());
    private static volatile boolean capturing;

    private StatementBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(DATA);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(DATA.toAbsolutePath()).setCleanDataDirectory(false)
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8")
                // a benchmark database: durability is not needed, the load is done once
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_wal_size", "20GB")
                .setServerConfig("checkpoint_timeout", "30min")
                .setServerConfig("shared_buffers", "2GB")
                .setServerConfig("work_mem", "64MB")
                .setServerConfig("maintenance_work_mem", "2GB")
                .setServerConfig("effective_cache_size", "16GB")
                .start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            SpringApplication application = new SpringApplication(Application.class);
            // Spring Boot adds ExecuteListenerProvider beans to jOOQ: records the queries of one call
            application.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("benchQueryCapture",
                    new org.jooq.impl.DefaultExecuteListenerProvider(new org.jooq.ExecuteListener() {
                        @Override
                        public void executeStart(org.jooq.ExecuteContext executed) {
                            if (capturing && executed.query() != null) {
                                CAPTURED.add(executed.query());
                            }
                        }
                    })));
            ConfigurableApplicationContext context = application.run(
                    "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                    "--portal.demo-data=never", "--server.port=0", "--portal.outbox.delivery-enabled=false",
                    "--spring.main.banner-mode=off", "--logging.level.root=WARN");
            try (context; Connection connection = DriverManager.getConnection(url, "postgres", null)) {
                loadIfEmpty(connection);
                grantPointsIfNone(connection);
                if (!LOAD_ONLY) {
                    run(connection, context.getBean(PointsService.class), context.getBean(DSLContext.class));
                }
            }
        }
    }

    private static void loadIfEmpty(Connection connection) throws SQLException, IOException {
        if (rowCount(connection, "affiliate") > 0) {
            System.out.printf("Data already loaded in %s (delete the folder to load again)%n", DATA);
            return;
        }
        String script;
        try (InputStream in = StatementBenchmark.class.getResourceAsStream("/bench/fund-size.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (var entry : Map.of("affiliates", AFFILIATES, "contributing", CONTRIBUTING, "companies", COMPANIES,
                "history", HISTORY).entrySet()) {
            script = script.replace("${" + entry.getKey() + "}", Long.toString(entry.getValue()));
        }
        System.out.printf("Loading bench/fund-size.sql: %,d affiliates, %,d contributing, %,d with monthly history, %,d companies%n",
                AFFILIATES, CONTRIBUTING, HISTORY, COMPANIES);
        long start = System.nanoTime();
        // one transaction: a failed load leaves an empty database, loaded again at the next run
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(script)) {
                long t = System.nanoTime();
                int rows = statement.executeUpdate(sql);
                System.out.printf("  %6.1f s  %,12d rows  %s%n", (System.nanoTime() - t) / 1e9, rows,
                        sql.lines().filter(l -> !l.startsWith("--")).findFirst().orElse(""));
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        System.out.printf("Loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /**
     * Points granted to one affiliate in five among those with a history (free points for a sick
     * leave), and a buy-back to one in ten, so that the statement's read of them, and the points it
     * adds per year, are measured on rows and not only on an empty index (the portal grants them one
     * by one, by staff approval: no bulk way of its own). Added once, to a database loaded without them.
     */
    private static void grantPointsIfNone(Connection connection) throws SQLException {
        if (rowCount(connection, "granted_points") > 0) {
            return;
        }
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            int rows = statement.executeUpdate("""
                    insert into granted_points (affiliate_id, year, nature, points, reference, amount_paid, granted_by, granted_at)
                    select affiliate_id, 2015, 'FREE_SICKNESS', 12.50, 'AM-' || affiliate_id, null, 'bench',
                           timestamptz '2016-01-15 10:00:00+00'
                    from (select distinct affiliate_id from contribution_year where affiliate_id % 5 = 0) sick
                    union all
                    select affiliate_id, 2010, 'BUY_BACK', 40.00, 'RACH-' || affiliate_id, 8000.00, 'bench',
                           timestamptz '2011-03-01 10:00:00+00'
                    from (select distinct affiliate_id from contribution_year where affiliate_id % 10 = 0) bought""");
            statement.execute("analyze granted_points");
            System.out.printf("Points granted to one affiliate with a history in five, a buy-back to one in ten: %,d rows in %.1f s%n",
                    rows, (System.nanoTime() - start) / 1e9);
        }
    }

    private static List<String> statements(String script) {
        StringBuilder withoutComments = new StringBuilder();
        script.lines().filter(l -> !l.stripLeading().startsWith("--")).forEach(l -> withoutComments.append(l).append('\n'));
        return Arrays.stream(withoutComments.toString().split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void run(Connection connection, PointsService points, DSLContext dsl) throws SQLException {
        System.out.println();
        System.out.println("Table sizes:");
        for (String table : List.of("company", "affiliate", "affiliation", "contribution", "contribution_year", "granted_points")) {
            try (var rs = connection.createStatement().executeQuery(
                    "select count(*), pg_size_pretty(pg_total_relation_size('" + table + "')) from " + table)) {
                rs.next();
                System.out.printf("  %-18s %,14d rows  %10s with indexes%n", table, rs.getLong(1), rs.getString(2));
            }
        }
        List<Long> sample = new ArrayList<>();
        // contributing affiliates with a generated history, drawn at random (seeded: the same draw each run)
        connection.createStatement().execute("select setseed(0.42)");
        try (var rs = connection.createStatement().executeQuery(
                "select affiliate_id from affiliation where end_date is null and affiliate_id <= " + HISTORY
                        + " order by random() limit " + (WARM_UP + MEASURED))) {
            while (rs.next()) {
                sample.add(rs.getLong(1));
            }
        }
        System.out.printf("%nAffiliates: %,d warm-up + %,d measured, drawn at random among the contributing ones%n",
                Math.min(WARM_UP, sample.size()), Math.max(0, sample.size() - WARM_UP));

        long[] statement = time(sample, id -> points.myStatement());
        long[] simulator = time(sample, id -> points.simulate(60, new BigDecimal("2"), null, null, false, new BigDecimal("37")));
        // the floor on the same database, through the same pool and jOOQ: one row by its primary key
        long[] lookup = time(sample, id -> dsl.selectFrom(ma.cimr.teleservices.jooq.Tables.AFFILIATE)
                .where(ma.cimr.teleservices.jooq.Tables.AFFILIATE.ID.eq(id)).fetchOne());
        report("statement (PointsService.myStatement)", statement);
        report("simulator (PointsService.simulate)", simulator);
        report("primary-key lookup (affiliate by id)", lookup);
        if (statement.length > 0) {
            Figures.record("statement.contributionRows", rowCount(connection, "contribution"));
            Figures.record("statement.p95Ms", percentile(statement, 95) / 1e6);
            Figures.record("simulator.p95Ms", percentile(simulator, 95) / 1e6);
            Figures.record("lookup.p95Ms", percentile(lookup, 95) / 1e6);
        }

        // the simulator runs the statement's query too: explaining its queries covers both calls
        // one with points granted of both natures (grantPointsIfNone), so that every plan reads rows
        long one = sample.stream().filter(id -> id % 10 == 0).findFirst().orElse(sample.getFirst());
        explainSimulatorQueries(connection, points, dsl, one);
    }

    /**
     * Every query one simulator call runs, explained: those it sends through jOOQ (captured by the
     * listener: the profile), then the statement's two reads, which it sends as plain SQL on jOOQ's
     * connection (the years and the points granted, DD050), for the same affiliate. The parameters
     * come from their shared copy, read once before.
     */
    private static void explainSimulatorQueries(Connection connection, PointsService points, DSLContext dsl, long one)
            throws SQLException {
        CAPTURED.clear();
        capturing = true;
        time(List.of(one), 0, id -> points.simulate(60, new BigDecimal("2"), null, null, false, new BigDecimal("37")));
        capturing = false;
        System.out.printf("%nThe queries of one simulator call for affiliate %d, explained: %d through jOOQ, and the statement's two"
                + " reads in plain SQL%n", one, CAPTURED.size());
        for (String sql : new java.util.LinkedHashSet<>(CAPTURED.stream().map(dsl::renderInlined).toList())) {
            System.out.println();
            System.out.println("  " + sql);
            try (var rs = connection.createStatement().executeQuery("explain (analyze, buffers) " + sql)) {
                printPlan(rs);
            }
        }
        for (String sql : StatementReads.sql()) {
            System.out.println();
            System.out.println("  " + sql.replace("\n", "\n  ") + "    -- ? = " + one);
            try (var explain = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
                explain.setLong(1, one);
                try (var rs = explain.executeQuery()) {
                    printPlan(rs);
                }
            }
        }
    }

    private static void printPlan(java.sql.ResultSet plan) throws SQLException {
        while (plan.next()) {
            System.out.println("    " + plan.getString(1));
        }
    }

    /** Signs each affiliate in as a login would, then times the call; the first WARM_UP are not kept. */
    private static long[] time(List<Long> affiliates, LongConsumer call) {
        return time(affiliates, WARM_UP, call);
    }

    private static long[] time(List<Long> affiliates, int warmUp, LongConsumer call) {
        final int WARM_UP = warmUp;
        long[] nanos = new long[Math.max(0, affiliates.size() - WARM_UP)];
        for (int i = 0; i < affiliates.size(); i++) {
            long id = affiliates.get(i);
            PortalUser user = new PortalUser(new AccountId(-id), "bench" + id, null, "Bench " + id, null, AccountKind.AFFILIATE,
                    true, false, null, new AffiliateId(id), null, "fr", Set.of(Role.AFFILIATE));
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            long start = System.nanoTime();
            call.accept(id);
            long elapsed = System.nanoTime() - start;
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = elapsed;
            }
        }
        SecurityContextHolder.clearContext();
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String what, long[] sorted) {
        if (sorted.length == 0) {
            System.out.printf("%s: nothing measured%n", what);
            return;
        }
        double median = percentile(sorted, 50) / 1e6;
        double p95 = percentile(sorted, 95) / 1e6;
        System.out.printf("%-40s median %8.2f ms   p95 %8.2f ms   max %8.2f ms   p95/median %5.2f   (n=%d)%n",
                what, median, p95, sorted[sorted.length - 1] / 1e6, p95 / median, sorted.length);
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long rowCount(Connection connection, String table) throws SQLException {
        try (var rs = connection.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
