package ma.cimr.teleservices.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts a real PostgreSQL server inside the application when no {@code spring.datasource.url}
 * is given, so a newcomer runs the portal with one command and tests run on the same engine as
 * production. Its data directory persists on disk unless the configured directory is blank.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8");
        if (properties.persistent()) {
            Path directory = Path.of(properties.dataDirectory()).toAbsolutePath();
            Files.createDirectories(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            log.info("Embedded PostgreSQL, data kept in {}", directory);
        } else {
            log.info("Embedded PostgreSQL, throw-away data directory");
        }
        return builder.start();
    }

    /**
     * What the running portal connects as: the runtime role, which {@code afterMigrate.sql} lets
     * read and write the business tables and only add to the audit trail. Created here because the
     * embedded server has no administrator to create it; an external database brings its own.
     */
    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres,
                          @Value("${portal.database.runtime-role}") String runtimeRole) throws SQLException {
        try (Connection owner = postgres.getPostgresDatabase().getConnection();
             Statement statement = owner.createStatement()) {
            // a role name cannot be a bind parameter; it comes from our own configuration, quoted
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = "
                    + literal(runtimeRole) + ") then create role " + identifier(runtimeRole)
                    + " login; end if; end $$");
        }
        return pool(postgres, runtimeRole, 10);
    }

    /** Flyway migrates as the owner of the schema (the server's superuser here), never as the runtime role. */
    @Bean(destroyMethod = "close", defaultCandidate = false)
    @FlywayDataSource
    DataSource migrationDataSource(EmbeddedPostgres postgres) {
        // Flyway holds up to three connections (work, history table, lock); idle after the start
        HikariDataSource dataSource = pool(postgres, "postgres", 4);
        dataSource.setMinimumIdle(0);
        dataSource.setIdleTimeout(10_000);
        return dataSource;
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres, String user, int size) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(user, "postgres"));
        dataSource.setUsername(user);
        dataSource.setMaximumPoolSize(size);
        return dataSource;
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Tells the demo data loader that this database belongs to the application alone. */
    @Bean
    EmbeddedDatabaseMarker embeddedDatabaseMarker() {
        return new EmbeddedDatabaseMarker();
    }
}
