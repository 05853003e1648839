package ma.cimr.teleservices.demo;

import ma.cimr.teleservices.shared.database.EmbeddedDatabaseMarker;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Objects;
import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

import static org.jooq.impl.DSL.table;

/**
 * Loads the demo data set once, into an empty database. By default only into the embedded
 * database ({@code portal.demo-data=embedded}); an external database gets it only when a profile
 * says {@code always} (see {@code application-demo.properties}).
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final String mode;
    private final boolean embedded;
    private final DSLContext dsl;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;

    DemoDataLoader(@Value("${portal.demo-data:embedded}") String mode,
                   ObjectProvider<EmbeddedDatabaseMarker> embeddedDatabase,
                   DSLContext dsl, DataSource dataSource, TransactionTemplate transaction) {
        this.mode = mode;
        this.embedded = embeddedDatabase.getIfAvailable() != null;
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = switch (mode) {
            case "always" -> true;
            case "embedded" -> embedded;
            case "never" -> false;
            default -> throw new IllegalStateException(
                    "portal.demo-data must be embedded, always or never, not " + mode);
        };
        if (!wanted || dsl.fetchExists(table("user_account"))) {
            return;
        }
        long start = System.nanoTime();
        // one transaction: a failure leaves an empty database, never half a demo
        transaction.executeWithoutResult(status ->
                new ResourceDatabasePopulator(scripts()).populate(
                        org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource)));
        log.info("Demo data loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The base set, then each feature's own file ({@code demo/demo-data-<feature>.sql}) in name
     * order, a feature's sub-part after it ({@code demo-data-declaration-file} after
     * {@code demo-data-declaration}): a feature adds its demo rows in its own file, not in one shared one.
     */
    private static Resource[] scripts() {
        try {
            Resource[] features = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:demo/demo-data-*.sql");
            // by name without ".sql": demo-data-declaration before demo-data-declaration-file
            Arrays.sort(features, Comparator.comparing(feature -> Objects.requireNonNullElse(feature.getFilename(), "").replace(".sql", "")));
            Resource[] all = new Resource[features.length + 1];
            all[0] = new ClassPathResource("demo/demo-data.sql");
            System.arraycopy(features, 0, all, 1, features.length);
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
