package ma.cimr.teleservices.notification;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The recording SMS gateway keeps codes in memory and sends nothing: refused under the production profile. */
class SmsGatewayChoiceTest {

    private final SmsProperties recording = new SmsProperties(SmsProperties.Gateway.RECORDING,
            new SmsProperties.Http(null, null, Duration.ofSeconds(10)));

    @Test
    void theRecordingGatewayIsRefusedInProduction() {
        var production = new MockEnvironment();
        production.setActiveProfiles("production");

        assertThatIllegalStateException().isThrownBy(() -> new NotificationConfiguration().smsGateway(recording, production))
                .withMessageContaining("development only");
    }

    @Test
    void theRecordingGatewayServesDevelopment() {
        assertThat(new NotificationConfiguration().smsGateway(recording, new MockEnvironment()))
                .isInstanceOf(RecordingSmsGateway.class);
    }
}
