package ma.cimr.teleservices.notification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox's rules that need no database: recipients, retry delays, error texts. */
class OutboxRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "06 12 34 56 78         | +212612345678",
            "0612345678             | +212612345678",
            "06.12.34.56.78         | +212612345678",
            "06-12-34-56-78         | +212612345678",
            "07 00 11 22 33         | +212700112233",
            "05 22 42 48 88         | +212522424888",
            "+212 6 12 34 56 78     | +212612345678",
            "+212 (0)6 12 34 56 78  | +212612345678",
            "+212 06 12 34 56 78    | +212612345678",
            "00212 612 345 678      | +212612345678",
            "+33 6 12 34 56 78      | +33612345678",
            "0033 6 12 34 56 78     | +33612345678",
            "+1 (415) 555-0100      | +14155550100"})
    void phoneNumbersAreNormalisedToE164(String written, String e164) {
        assertThat(Recipients.phoneNumber(written)).isEqualTo(e164);
        assertThat(Recipients.phoneNumber(" " + written.replace(' ', '\u00a0') + " ")).isEqualTo(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "612345678", "12345", "06 12 34 56", "06 12 34 56 78 9", "01 12 34 56 78",
            "09 12 34 56 78", "+212 6 12 34 56", "+212 6 12 34 56 78 9", "+0612345678", "+1234567",
            "+1234567890123456", "06 12 34 56 7a", "tel: 0612345678", "0612345678/79"})
    void whatIsNotAPhoneNumberIsRefused(String written) {
        assertThatThrownBy(() -> Recipients.phoneNumber(written)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(written.isBlank() ? "blank" : written.strip());
    }

    @Test
    void emailAddressesAreTrimmedAndChecked() {
        assertThat(Recipients.emailAddress("  prenom.nom+cimr@sous.domaine.ma ")).isEqualTo("prenom.nom+cimr@sous.domaine.ma");
        for (String bad : new String[]{"", "nom", "nom@", "@cimr.ma", "nom@cimr", "nom@cimr.", "nom@.ma", "a b@cimr.ma",
                "a@b@cimr.ma", "nom@cimr.ma\nBcc: x@y.ma", "x".repeat(250) + "@cimr.ma"}) {
            assertThatThrownBy(() -> Recipients.emailAddress(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Recipients.emailAddress(null)).hasMessage("The e-mail address is blank");
    }

    @Test
    void theRetryDelayDoublesFrom30SecondsUpToOneHour() {
        OutboxProperties defaults = new OutboxProperties(20, 8, Duration.ofSeconds(30), Duration.ofHours(1));
        assertThat(defaults.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.retryDelay(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.retryDelay(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(defaults.retryDelay(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(defaults.retryDelay(8)).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.retryDelay(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void nonsensicalSettingsAreRefusedAtStart() {
        assertThatThrownBy(() -> new OutboxProperties(0, 8, Duration.ofSeconds(30), Duration.ofHours(1)))
                .hasMessageContaining("batch-size");
        assertThatThrownBy(() -> new OutboxProperties(20, 0, Duration.ofSeconds(30), Duration.ofHours(1)))
                .hasMessageContaining("max-attempts");
        assertThatThrownBy(() -> new OutboxProperties(20, 8, Duration.ofHours(2), Duration.ofHours(1)))
                .hasMessageContaining("first-retry-delay");
    }

    @Test
    void theRecordedErrorNamesTheRootCauseAndIsTruncated() {
        String error = OutboxDelivery.describe(new IllegalStateException("Mail server connection failed",
                new IOException("Connection refused")));
        assertThat(error).isEqualTo("IllegalStateException: Mail server connection failed "
                + "(cause: IOException: Connection refused)");
        assertThat(OutboxDelivery.describe(new RuntimeException("x".repeat(10_000))))
                .hasSize(OutboxDelivery.MAX_ERROR_LENGTH).endsWith("…");
    }
}
