package ma.cimr.teleservices.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import ma.cimr.teleservices.Application;
import ma.cimr.teleservices.pensionrun.PensionRuns;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import ma.cimr.teleservices.bank.CreditTransfer;
import ma.cimr.teleservices.bank.CreditTransferFile;
import ma.cimr.teleservices.bank.TransferBatch;
import ma.cimr.teleservices.shared.value.Money;
import ma.cimr.teleservices.shared.value.Rib;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Times the monthly pension run (DD037) for 250 000 pensions in payment through the real
 * {@link PensionRuns#runDue()} (the month's payments written in set-based chunks, one pain.001 file
 * per bank streamed from the database, validated against the ISO 20022 schema and handed to the
 * sandbox bank, the run closed), against PostgreSQL's own {@code COPY ... TO} of the same rows out of
 * pension_payment, on the same database in the same run (issue 13's goal: the run at 0.3 × COPY TO's
 * rows per second or better). Not a test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=ma.cimr.teleservices.bench.PensionRunBenchmark}
 * ({@code -Dbench.pensions=250000}). After the run it measures the floors of DD046 on the same rows: the
 * schema validation of the same files alone, the same XML written without validating, the rows read
 * by plain JDBC, an {@code INSERT ... SELECT} of the month's rows without the run's logic. It starts an embedded PostgreSQL of its own, emptied each run
 * ({@code target/bench-pension-postgres}), and generates the retirees: four banks, one in ten paid on
 * an activated RAHATI card, one in a hundred suspended.
 */
public final class PensionRunBenchmark {

    private static final Path DATA = Path.of(System.getProperty("bench.pensionRunDatabase", "target/bench-pension-postgres"));
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
        Floors floors = floors(connection, month);
        Figures.record("pensionRun.rowsPerSecond", runRate);
        Figures.record("pensionRun.copyToRowsPerSecond", copyRate);
        Figures.record("pensionRun.validateRowsPerSecond", transfers / floors.validateSeconds());
        Figures.record("pensionRun.parseRowsPerSecond", transfers / floors.parseSeconds());
        Figures.record("pensionRun.writeRowsPerSecond", transfers / floors.writeSeconds());
        Figures.record("pensionRun.readRowsPerSecond", transfers / floors.readSeconds());
        Figures.record("pensionRun.insertSelectRowsPerSecond", paid / floors.insertSeconds());
        Figures.record("pensionRun.fileMegabytes", fileBytes / 1e6);

        System.out.println();
        System.out.printf("Monthly run of %,d pensions (%,d suspended): %.2f s  %,9.0f pensions/s%n", paid,
                count(connection, "select count(*) from pension_payment where status = 'SUSPENDED'"), runSeconds, runRate);
        System.out.printf("  %d bank files (pain.001, validated against the XSD), %,d transfers, %,.1f MB%n", files,
                transfers, fileBytes / 1e6);
        System.out.printf("  the same month run again (already completed): %.3f s%n", rerunSeconds);
        System.out.printf("COPY (select * from pension_payment where due_period = ...) TO STDOUT: %.3f s  %,9.0f rows/s%n",
                copySeconds, copyRate);
        System.out.printf("Ratio run / COPY TO: %.2f (goal >= 0.30)%n", runRate / copyRate);
        System.out.println("Floors, each alone on the same rows (rows/s, and its ratio to COPY TO: the run cannot beat it):");
        floor("(a) XSD validation of the 4 files (Xerces, parse included)", transfers, floors.validateSeconds(), copyRate,
                String.format("%,.0f MB/s", fileBytes / 1e6 / floors.validateSeconds()));
        floor("    of which parsing them alone (no schema)", transfers, floors.parseSeconds(), copyRate,
                String.format("%,.0f MB/s", fileBytes / 1e6 / floors.parseSeconds()));
        floor("(b) writing the same XML, not validated (to nowhere)", transfers, floors.writeSeconds(), copyRate, "");
        floor("    reading the files' rows by plain JDBC", transfers, floors.readSeconds(), copyRate, "");
        floor("(c) INSERT ... SELECT of the month's rows into a copy", paid, floors.insertSeconds(), copyRate,
                "same indexes, no foreign keys");
        floor("(d) COPY TO", paid, copySeconds, copyRate, "");
    }

    private static void floor(String what, long rows, double seconds, double copyRate, String note) {
        System.out.printf("  %-58s %6.3f s %,11.0f rows/s  ratio %.2f  %s%n", what, seconds, rows / seconds,
                rows / seconds / copyRate, note);
    }

    /** The floors of DD046: each part of the run's work done alone, without the run's logic. */
    record Floors(double validateSeconds, double parseSeconds, double writeSeconds, double readSeconds,
                  double insertSeconds) {
    }

    private static Floors floors(Connection connection, YearMonth month) throws Exception {
        List<byte[]> files = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select content from bank_message where purpose = 'PENSION_RUN'")) {
            while (rows.next()) {
                files.add(rows.getBytes(1));
            }
        }
        double validate = best(() -> files.forEach(file -> CreditTransferFile.validate(new ByteArrayInputStream(file))));
        SAXParserFactory parsers = SAXParserFactory.newInstance();
        parsers.setNamespaceAware(true);
        double parse = best(() -> {
            for (byte[] file : files) {
                try {
                    parsers.newSAXParser().parse(new ByteArrayInputStream(file), new DefaultHandler());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });

        Map<String, List<CreditTransfer>> byBank = new TreeMap<>();
        Rib card = new Rib("230780000000000000000136");
        double read = best(() -> {
            byBank.clear();
            try (Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.setFetchSize(10_000);
                try (ResultSet rows = statement.executeQuery("""
                        select r.pension_file_number, p.due_period, p.net_amount, r.last_name, r.first_name, p.rib
                        from pension_payment p join retiree r on r.id = p.retiree_id
                        where p.paid_in_run = '%s' and p.status = 'PAID' and p.net_amount > 0
                        order by coalesce(substr(p.rib, 1, 3), '230'), p.retiree_id, p.due_period""".formatted(month.atDay(1)))) {
                    while (rows.next()) {
                        String rib = rows.getString(6);
                        String number = rows.getString(1);
                        byBank.computeIfAbsent(rib == null ? "230" : rib.substring(0, 3), bank -> new ArrayList<>())
                                .add(new CreditTransfer(number + "-" + month, Money.of(rows.getBigDecimal(3)),
                                        rows.getString(5) + " " + rows.getString(4), rib == null ? card : new Rib(rib),
                                        "CIMR pension " + number + " " + month));
                    }
                }
                connection.commit();
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Clock clock = Clock.systemUTC();
        double write = best(() -> byBank.forEach((bank, transfers) -> CreditTransferFile.write(
                new TransferBatch("FLOOR-" + bank, "CIMR", card, month.atDay(1), transfers.size(),
                        transfers.stream().map(t -> t.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add)),
                transfers.iterator(), OutputStream.nullOutputStream(), clock)));

        double insert;
        double insertWithKeys;
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table pension_payment_floor (like pension_payment including all)");
            long start = System.nanoTime();
            statement.execute("insert into pension_payment_floor select * from pension_payment where due_period = '"
                    + month.atDay(1) + "'");
            insert = (System.nanoTime() - start) / 1e9;
            statement.execute("truncate pension_payment_floor");
            statement.execute("alter table pension_payment_floor add foreign key (retiree_id) references retiree (id), "
                    + "add foreign key (paid_in_run) references pension_run (due_period)");
            start = System.nanoTime();
            // with the plan, its WAL and the time the foreign keys' triggers took, for DD046
            try (ResultSet plan = statement.executeQuery("explain (analyze, buffers, wal) insert into pension_payment_floor "
                    + "select * from pension_payment where due_period = '" + month.atDay(1) + "'")) {
                insertWithKeys = (System.nanoTime() - start) / 1e9;
                while (plan.next()) {
                    String line = plan.getString(1);
                    if (line.contains("Insert on") || line.contains("Trigger") || line.contains("WAL")
                            || line.contains("Execution Time") || line.contains("Buffers")) {
                        System.out.println("    plan: " + line.strip());
                    }
                }
            }
            statement.execute("drop table pension_payment_floor");
        }
        double[] store = new double[2];
        String[] storages = {"main", "external"};
        for (int i = 0; i < storages.length; i++) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table bank_file_floor (content bytea)");
                statement.execute("alter table bank_file_floor alter column content set storage " + storages[i]);
            }
            long start = System.nanoTime();
            for (byte[] file : files) {
                try (var insertFile = connection.prepareStatement("insert into bank_file_floor values (?)")) {
                    insertFile.setBinaryStream(1, new ByteArrayInputStream(file), file.length);
                    insertFile.execute();
                }
            }
            store[i] = (System.nanoTime() - start) / 1e9;
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop table bank_file_floor");
            }
        }
        System.out.printf("  storing the 4 files as bytea: %.3f s compressed (pglz, as bank_message), %.3f s uncompressed%n",
                store[0], store[1]);
        System.out.printf("  INSERT ... SELECT with the two foreign keys of pension_payment: %.3f s (%.3f s without)%n",
                insertWithKeys, insert);
        return new Floors(validate, parse, write, read, insert);
    }

    /** The best of three: the floor is what the machine can do when nothing else gets in the way. */
    private static double best(Runnable work) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
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
