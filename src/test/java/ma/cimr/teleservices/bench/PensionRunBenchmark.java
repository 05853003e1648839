package ma.cimr.teleservices.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import ma.cimr.teleservices.Application;
import ma.cimr.teleservices.pensionrun.PensionRuns;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;

/**
 * Times the monthly pension run (DD037) for 250 000 pensions in payment through the real
 * {@link PensionRuns#runDue()} (the month's payments written in set-based chunks, one pain.001 file
 * per bank streamed from the database, validated against the ISO 20022 schema and handed to the
 * sandbox bank, the run closed), against PostgreSQL's own {@code COPY ... TO} of the same rows out of
 * pension_payment, on the same database in the same run (issue 13's goal: the run at 0.3 × COPY TO's
 * rows per second or better). Not a test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=ma.cimr.teleservices.bench.PensionRunBenchmark}
 * ({@code -Dbench.pensions=250000}). It starts an embedded PostgreSQL of its own, emptied each run
 * ({@code target/bench-pension-postgres}), and generates the retirees: four banks, one in ten paid on
 * an activated RAHATI card, one in a hundred suspended.
 */
public final class PensionRunBenchmark {

    private static final Path DATA = Path.of(System.getProperty("bench.dataDirectory", "target/bench-pension-postgres"));
    private static final int PENSIONS = Integer.getInteger("bench.pensions", 250_000);

    private PensionRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = BenchPostgres.fresh(DATA)) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            ConfigurableApplicationContext context = new SpringApplication(Application.class).run(
                    "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                    "--portal.demo-data=never", "--server.port=0", "--portal.outbox.delivery-enabled=false",
                    "--portal.pension-run.enabled=false", "--portal.bank.answers-enabled=false",
                    "--portal.bank.sandbox.answer-delay=0s", "--portal.requests.deadline-watch-enabled=false",
                    "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                    "--logging.level.ma.cimr.teleservices.pensionrun=INFO");
            try (context; Connection connection = DriverManager.getConnection(url, "postgres", null)) {
                run(connection, context.getBean(PensionRuns.class));
            }
        }
    }

    private static void run(Connection connection, PensionRuns runs) throws Exception {
        generate(connection, PENSIONS);
        YearMonth month = YearMonth.now();

        System.gc();
        long start = System.nanoTime();
        runs.runDue();
        double runSeconds = (System.nanoTime() - start) / 1e9;
        long paid = count(connection, "select count(*) from pension_payment where due_period = '" + month.atDay(1) + "'");
        long files = count(connection, "select count(*) from pension_run_file");
        long transfers = count(connection, "select coalesce(sum(transfers), 0) from pension_run_file");
        long fileBytes = count(connection, "select coalesce(sum(length(content)), 0) from bank_message");
        if (paid != PENSIONS) {
            throw new IllegalStateException("the run wrote " + paid + " months for " + PENSIONS + " pensions");
        }

        // a second call finds the month completed: what a rerun, or a second instance, costs
        long again = System.nanoTime();
        runs.runDue();
        double rerunSeconds = (System.nanoTime() - again) / 1e9;

        double copySeconds = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            copySeconds = Math.min(copySeconds, copyOut(connection, month));
        }
        double runRate = paid / runSeconds;
        double copyRate = paid / copySeconds;

        System.out.println();
        System.out.printf("Monthly run of %,d pensions (%,d suspended): %.2f s  %,9.0f pensions/s%n", paid,
                count(connection, "select count(*) from pension_payment where status = 'SUSPENDED'"), runSeconds, runRate);
        System.out.printf("  %d bank files (pain.001, validated against the XSD), %,d transfers, %,.1f MB%n", files,
                transfers, fileBytes / 1e6);
        System.out.printf("  the same month run again (already completed): %.3f s%n", rerunSeconds);
        System.out.printf("COPY (select * from pension_payment where due_period = ...) TO STDOUT: %.3f s  %,9.0f rows/s%n",
                copySeconds, copyRate);
        System.out.printf("Ratio run / COPY TO: %.2f (goal >= 0.30)%n", runRate / copyRate);
    }

    /** The same rows the run wrote, exported by PostgreSQL alone, to nowhere. */
    private static double copyOut(Connection connection, YearMonth month) throws Exception {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long start = System.nanoTime();
        long rows = copy.copyOut("copy (select * from pension_payment where due_period = '" + month.atDay(1)
                + "') to stdout", OutputStream.nullOutputStream());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (rows != PENSIONS) {
            throw new IllegalStateException("COPY exported " + rows + " rows");
        }
        return seconds;
    }

    /** One affiliate per retiree would only slow the load: the pensions hang off a few affiliates. */
    private static void generate(Connection connection, int pensions) throws SQLException {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("insert into affiliate (matricule, cin, last_name, first_name, birth_date) "
                    + "values ('900000001', 'XB000001', 'Bench', 'Affilie', date '1960-01-01')");
            statement.execute("""
                    insert into retiree (pension_file_number, kind, affiliate_id, cin, last_name, first_name, birth_date,
                                         rib, payment_mode, monthly_amount, pension_start, rahati_card_activated_on,
                                         suspended_since, suspension_reason)
                    select 'DP' || lpad(i::text, 7, '0'), case when i % 5 = 0 then 'SURVIVOR' else 'RETIREE' end,
                           (select id from affiliate limit 1), 'R' || lpad(i::text, 6, '0'),
                           (array['Bennani', 'El Idrissi', 'Alaoui', 'Tazi', 'Berrada', 'Chraibi'])[i % 6 + 1],
                           (array['Karim', 'Fatima Zahra', 'Youssef', 'Salma', 'Mehdi'])[i % 5 + 1],
                           date '1950-01-01' + (i % 5000),
                           case when i % 10 = 0 then null
                                else rib.digits || lpad((97 - (rib.digits::numeric * 100) % 97)::text, 2, '0') end,
                           case when i % 10 = 0 then 'RAHATI_CARD' else 'BANK_TRANSFER' end,
                           round(1200 + (i * 373 % 14000), 2), date '2015-01-01',
                           case when i % 10 = 0 then date '2015-01-01' end,
                           case when i % 100 = 7 then date '2024-01-01' end,
                           case when i % 100 = 7 then 'PROOF_OF_LIFE' end
                    from generate_series(1, PENSIONS) as i
                    cross join lateral (select (array['011', '007', '230', '190'])[i % 4 + 1] || '780'
                                               || lpad((i::bigint * 104729 % 100000000)::text, 16, '0') as digits) as rib
                    """.replace("PENSIONS", Integer.toString(pensions)));
            statement.execute("analyze");
        }
        System.out.printf("Generated %,d pensions in payment in %.1f s%n", pensions, (System.nanoTime() - start) / 1e9);
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
