package ma.cimr.teleservices.request;

import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mediator named to complainants is the fund's configuration, and a placeholder is never
 * shown: unset or an example address, the complainant is told how to get the details (DD023).
 */
class MediationContactTest {

    private final PortalI18NProvider i18n = new PortalI18NProvider();

    @Test
    void aConfiguredMediatorIsNamedWithTheirAddress() {
        var notices = notices(new MediationContact("Médiateur du Royaume", "Rabat, BP 2020"));

        assertThat(notices.mediator(Locale.FRENCH)).isEqualTo("Médiateur du Royaume, Rabat, BP 2020");
    }

    @Test
    void anUnsetMediatorIsNeverShownAsAnAddress() {
        var notices = notices(new MediationContact(null, null));

        assertThat(notices.mediator(Locale.FRENCH)).contains("sur simple demande").doesNotContain("@");
        assertThat(notices.mediator(Locale.ENGLISH)).contains("on request");
    }

    @Test
    void aPlaceholderAddressCountsAsUnset() {
        assertThat(new MediationContact("Médiateur", "mediation@example.ma — BP 1000, Rabat").isKnown()).isFalse();
        assertThat(new MediationContact("Médiateur", " ").isKnown()).isFalse();
        assertThat(new MediationContact("", "Rabat, BP 2020").isKnown()).isFalse();
        assertThat(notices(new MediationContact("Médiateur", "mediation@example.ma")).mediator(Locale.FRENCH))
                .doesNotContain("example");
    }

    private RequesterNotices notices(MediationContact mediation) {
        return new RequesterNotices(null, i18n, mediation);
    }
}
