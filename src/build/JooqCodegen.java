import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
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
 * <p>Arguments: migrations folder, output folder, target package, this source file (part of the hash).
 */
public class JooqCodegen {

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
