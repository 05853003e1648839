import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.LambdaConverter;
import org.jooq.meta.jaxb.Target;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates the jOOQ classes from the Flyway migrations, run by Maven in generate-sources with the
 * JDK's single-file launcher.
 *
 * <p>Why not jOOQ's DDLDatabase: it simulates the DDL in H2 and cannot read ordinary PostgreSQL
 * (functions, triggers, partial indexes, generated columns). So the migrations run on a throw-away
 * embedded PostgreSQL and jOOQ reads the real catalogue. The step is skipped when neither the
 * migrations nor this file changed since the last generation.
 *
 * <p>Forced types: the identifier columns are read and written as the value records of
 * {@code shared.value}, which check their format once, and the status and kind columns as the Java
 * enums the features already have. Only names are written here; the classes are compiled with the
 * main code, so this program never loads them. The request tables keep their plain columns for now.
 *
 * <p>Arguments: migrations folder, output folder, target package, this source file (part of the hash).
 */
public class JooqCodegen {

    private static final String BASE = "ma.cimr.teleservices.";
    private static final String VALUE = BASE + "shared.value.";

    /** Columns of text held in a value record: its canonical constructor reads, {@code value()} writes. */
    private static final List<ForcedType> VALUES = List.of(
            value("AdherentNumber", "company\\.adherent_number"),
            value("Matricule", "affiliate\\.matricule"),
            value("Cin", "(affiliate|retiree)\\.cin"),
            value("PensionFileNumber", "retiree\\.pension_file_number"),
            value("EmailAddress", "(user_account|affiliate|company_head)\\.email|delegate_letter\\.new_email"
                    + "|company_subscription\\.(head|delegate)_email"),
            // a Moroccan number as dialled at home (0612345678), as the subscription form has always stored it
            value("PhoneNumber", "dialled", "company_head\\.(direct_phone|landline_1|landline_2|fax|gsm)"
                    + "|company_subscription\\.(head|delegate)_(direct_phone|landline_1|landline_2|fax|gsm)"),
            // amounts and months of the retiree's pension; the contribution tables stay numeric and
            // date for now, since their queries sum and extract in SQL
            value("Money", "new", "amount", "numeric", "retiree\\.monthly_amount|pension_payment\\.(gross|net)_amount"),
            value("DuePeriod", "ofMonthStarting", "firstDay", "date", "pension_payment\\.due_period"));

    /** Status and kind columns held in an enum, by name. */
    private static final List<ForcedType> ENUMS = List.of(
            enumOf("security.AccountStatus", "user_account\\.status"),
            enumOf("security.AccountKind", "user_account\\.kind"),
            enumOf("security.Teleservice", "user_account\\.teleservice"),
            enumOf("security.Role", "account_role\\.role"),
            enumOf("notification.OutboxMessage.Status", "outbox_message\\.status"),
            enumOf("notification.OutboxMessage.Channel", "outbox_message\\.channel"),
            enumOf("subscription.SubscriptionStatus", "company_subscription\\.status"),
            enumOf("subscription.Civility", "company_head\\.civility|company_subscription\\.(head|delegate)_civility"),
            enumOf("account.recovery.DelegateLetterKind", "delegate_letter\\.kind"),
            enumOf("account.recovery.repository.RecoveryRepository.Outcome", "password_recovery\\.outcome"),
            enumOf("delegate.DeclarationMode", "declaration_user\\.mode"),
            enumOf("affiliate.StatementLine.Nature", "granted_points\\.nature"),
            enumOf("affiliate.rules.PensionParameters.Product", "contribution_rate_step\\.product"),
            enumOf("affiliate.rules.PensionParameters.ScalarParameter", "pension_scalar_parameter\\.code"),
            enumOf("parameter.PublicHoliday.Kind", "public_holiday\\.kind"),
            enumOf("retiree.RetireePension.Kind", "retiree\\.kind"),
            enumOf("retiree.RetireePension.PaymentMode", "retiree\\.payment_mode"),
            enumOf("retiree.PensionPayment.Status", "pension_payment\\.status"),
            enumOf("bank.BankPurpose", "bank_message\\.purpose"),
            enumOf("declaration.DeclarationStatus", "declaration\\.status"),
            enumOf("declaration.DeclarationKind", "declaration\\.kind"),
            enumOf("declaration.DeclarationChannel", "declaration\\.channel"),
            enumOf("bank.BankAnswer.Outcome", "bank_answer\\.outcome"),
            // the request engine's columns: a request's state, channel, level and team, its events' kinds
            enumOf("request.RequestStatus", "service_request\\.status"),
            enumOf("request.Channel", "service_request\\.channel"),
            enumOf("request.RequestLevel", "service_request\\.level"),
            enumOf("request.Team", "service_request\\.team|request_type\\.team"),
            enumOf("request.EventKind", "request_event\\.kind"),
            enumOf("request.Population", "request_type\\.population|service_commitment\\.population"));

    private static ForcedType value(String record, String columns) {
        return value(record, "value", columns);
    }

    private static ForcedType value(String record, String writtenBy, String columns) {
        return value(record, "new", writtenBy, "text", columns);
    }

    private static ForcedType value(String record, String readBy, String writtenBy, String sqlType, String columns) {
        return new ForcedType()
                .withUserType(VALUE + record)
                .withLambdaConverter(new LambdaConverter()
                        .withFrom(VALUE + record + "::" + readBy)
                        .withTo(VALUE + record + "::" + writtenBy))
                .withIncludeExpression("public\\.(" + columns + ")")
                .withIncludeTypes(sqlType);
    }

    private static ForcedType enumOf(String type, String columns) {
        return new ForcedType()
                .withUserType(BASE + type)
                .withEnumConverter(true)
                .withIncludeExpression("public\\.(" + columns + ")")
                .withIncludeTypes("text");
    }

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        String targetPackage = args[2];
        Path stamp = output.resolve(".migrations.sha256");

        String hash = hashOf(migrations, Path.of(args[3]));
        if (Files.exists(stamp) && Files.readString(stamp).equals(hash)) {
            System.out.println("[jooq-codegen] migrations unchanged, generated classes kept");
            return;
        }

        long start = System.nanoTime();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    // one role for everything here: no runtime role to grant (afterMigrate.sql)
                    .placeholders(java.util.Map.of("runtimeRole", ""))
                    // as the portal does (application.properties): V46 builds an index concurrently
                    .configuration(java.util.Map.of("flyway.postgresql.transactional.lock", "false"))
                    .load()
                    .migrate();

            GenerationTool.generate(new Configuration()
                    .withJdbc(new Jdbc()
                            .withDriver("org.postgresql.Driver")
                            .withUrl(postgres.getJdbcUrl("postgres", "postgres"))
                            .withUser("postgres"))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withOutputSchemaToDefault(true)
                                    .withExcludes("flyway_schema_history")
                                    .withForcedTypes(Stream.concat(VALUES.stream(), ENUMS.stream()).toList())
                                    .withIncludeRoutines(false))
                            .withGenerate(new Generate()
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withJavaTimeTypes(true)
                                    .withGeneratedAnnotation(false))
                            .withTarget(new Target()
                                    .withPackageName(targetPackage)
                                    .withDirectory(output.toString())
                                    .withClean(true))));
        }
        Files.writeString(stamp, hash);
        System.out.printf("[jooq-codegen] generated in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    private static String hashOf(Path migrations, Path self) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes());
                digest.update(Files.readAllBytes(file));
            }
        }
        if (Files.exists(self)) {
            digest.update(Files.readAllBytes(self));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
