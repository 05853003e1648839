package ma.cimr.teleservices.shared.database;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.mock.env.MockEnvironment;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The production profile (the Dockerfile's) never falls back on what development uses: no URL, no
 * start, with a sentence saying what to set; never the demo data; never the in-memory SMS gateway.
 */
class ProductionProfileTest {

    @Test
    void withoutADatabaseTheProductionProfileRefusesToStartAndSaysWhatToSet() {
        var production = new MockEnvironment();
        production.setActiveProfiles("production");

        assertThatIllegalStateException()
                .isThrownBy(() -> NoDataSourceUrlCondition.embeddedDatabaseWanted(production))
                .withMessageContaining("SPRING_DATASOURCE_URL").withMessageContaining("development only");
    }

    @Test
    void withADatabaseTheProductionProfileStartsNoEmbeddedServer() {
        var production = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/teleservices");
        production.setActiveProfiles("production");

        assertThat(NoDataSourceUrlCondition.embeddedDatabaseWanted(production)).isFalse();
    }

    @Test
    void theDevelopmentRunStillStartsTheEmbeddedDatabase() {
        assertThat(NoDataSourceUrlCondition.embeddedDatabaseWanted(new MockEnvironment())).isTrue();
    }

    @Test
    void theProductionProfileNeverLoadsTheDemoDataAndSendsSmsForReal() throws IOException {
        var production = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-production.properties"));

        assertThat(production.getProperty("portal.demo-data")).isEqualTo("never");
        assertThat(production.getProperty("portal.sms.gateway")).isEqualTo("http");
        assertThat(production.getProperty("portal.second-factor.key")).as("the public development key is not inherited").isEmpty();
        assertThat(production.getProperty("portal.mail.gateway")).as("e-mail through SMTP, no demo inbox").isEqualTo("smtp");
        assertThat(production.getProperty("spring.flyway.user"))
                .as("migrations run as the schema's owner, never as the role the portal runs as")
                .isEqualTo("${PORTAL_MIGRATION_USER}");
    }
}
