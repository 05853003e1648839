package ma.cimr.teleservices.notification;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The recording e-mail gateway feeds the development run's demo inbox and sends nothing: refused
 * under the production profile, and it keeps only the latest messages, newest first.
 */
class EmailGatewayChoiceTest {

    private final MailSenderProperties recording = new MailSenderProperties("ne-pas-repondre@cimr.ma",
            MailSenderProperties.Gateway.RECORDING);

    @Test
    void theRecordingGatewayIsRefusedInProduction() {
        var production = new MockEnvironment();
        production.setActiveProfiles("production");

        assertThatIllegalStateException()
                .isThrownBy(() -> new NotificationConfiguration().emailGateway(new JavaMailSenderImpl(), recording, production))
                .withMessageContaining("development only");
    }

    @Test
    void theRecordingGatewayKeepsTheLatestTwoHundredEmailsNewestFirst() {
        var gateway = (RecordingEmailGateway) new NotificationConfiguration()
                .emailGateway(new JavaMailSenderImpl(), recording, new MockEnvironment());

        IntStream.rangeClosed(1, 250).forEach(i -> gateway.send("affilie@example.ma", "Message " + i, "Corps " + i));

        assertThat(gateway.received()).hasSize(200);
        assertThat(gateway.received().getFirst().subject()).isEqualTo("Message 250");
        assertThat(gateway.received().getLast().subject()).isEqualTo("Message 51");
    }
}
