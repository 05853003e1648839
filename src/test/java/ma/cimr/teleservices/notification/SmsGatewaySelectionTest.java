package ma.cimr.teleservices.notification;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code portal.sms.gateway} picks the SMS gateway; a wrong setting stops the start with a clear
 * message. A tiny context of the notification configuration alone, not the shared test context.
 */
class SmsGatewaySelectionTest {

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties({SmsProperties.class, MailSenderProperties.class})
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class, NotificationConfiguration.class)
            .withBean(JavaMailSender.class, JavaMailSenderImpl::new);

    @Test
    void theRecordingGatewayByDefault() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(SmsGateway.class);
            assertThat(context.getBean(SmsGateway.class)).isInstanceOf(RecordingSmsGateway.class);
        });
    }

    @Test
    void theHttpGatewayWhenAskedWithItsUrl() {
        runner.withPropertyValues("portal.sms.gateway=http", "portal.sms.http.url=https://sms.example.ma/v1/sms",
                        "portal.sms.http.token=abc")
                .run(context -> assertThat(context.getBean(SmsGateway.class)).isInstanceOf(HttpSmsGateway.class));
    }

    @Test
    void theHttpGatewayWithoutUrlStopsTheStart() {
        runner.withPropertyValues("portal.sms.gateway=http")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("portal.sms.http.url"));
    }

    @Test
    void anUnknownGatewayStopsTheStart() {
        runner.withPropertyValues("portal.sms.gateway=carrier-pigeon")
                .run(context -> assertThat(context).getFailure().hasStackTraceContaining("carrier-pigeon"));
    }

    @Test
    void theSenderAddressIsCheckedAtStart() {
        runner.withPropertyValues("portal.mail.from=nobody")
                .run(context -> assertThat(context).getFailure().hasStackTraceContaining("Not an e-mail address"));
        runner.run(context -> assertThat(context.getBean(MailSenderProperties.class).from())
                .isEqualTo("ne-pas-repondre@cimr.ma"));
    }
}
