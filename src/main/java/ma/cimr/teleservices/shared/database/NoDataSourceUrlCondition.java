package ma.cimr.teleservices.shared.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when no external database is configured: the embedded PostgreSQL then starts, for
 * development. Under the {@code production} profile (the one the Dockerfile runs) a missing
 * database stops the start with a sentence saying what to set: a production image once started an
 * embedded server as superuser and loaded the demo data, whose password the README prints.
 */
class NoDataSourceUrlCondition implements Condition {

    static final String PRODUCTION = "production";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return embeddedDatabaseWanted(context.getEnvironment());
    }

    static boolean embeddedDatabaseWanted(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        boolean noUrl = url == null || url.isBlank();
        if (noUrl && environment.acceptsProfiles(Profiles.of(PRODUCTION))) {
            throw new IllegalStateException("The production profile needs the fund's PostgreSQL: set "
                    + "SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD. "
                    + "The embedded database and the demo data are for development only (README, Production image).");
        }
        return noUrl;
    }
}
