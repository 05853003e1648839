package ma.cimr.teleservices.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The throw-away PostgreSQL the import and pension-run benchmarks compare the portal with COPY on:
 * emptied at each start, and without durability, so that both sides of a ratio do the same work
 * and neither waits for the disk.
 */
final class BenchPostgres {

    private BenchPostgres() {
    }

    static EmbeddedPostgres fresh(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory.toAbsolutePath()).setCleanDataDirectory(true)
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("work_mem", "64MB")
                .setServerConfig("maintenance_work_mem", "512MB")
                .start();
    }
}
