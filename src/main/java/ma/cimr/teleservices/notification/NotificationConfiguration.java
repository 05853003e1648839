package ma.cimr.teleservices.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.mail.javamail.JavaMailSender;

/** The gateways the outbox delivers through: SMTP for e-mail, and the SMS gateway {@code portal.sms.gateway} names. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    EmailGateway emailGateway(JavaMailSender mailSender, MailSenderProperties properties, Environment environment) {
        return switch (properties.gateway()) {
            case SMTP -> new SpringMailEmailGateway(mailSender, properties.from());
            case RECORDING -> {
                if (environment.acceptsProfiles(Profiles.of("production"))) {
                    // it keeps every e-mail in memory for the demo inbox and sends nothing
                    throw new IllegalStateException("portal.mail.gateway=recording is for development only; "
                            + "the production profile sends through SMTP (spring.mail.host)");
                }
                yield new RecordingEmailGateway();
            }
        };
    }

    @Bean
    SmsGateway smsGateway(SmsProperties properties, Environment environment) {
        return switch (properties.gateway()) {
            case RECORDING -> {
                if (environment.acceptsProfiles(Profiles.of("production"))) {
                    // it keeps every text in memory and sends nothing: codes would never reach anyone
                    throw new IllegalStateException("portal.sms.gateway=recording is for development only; "
                            + "the production profile needs portal.sms.gateway=http and portal.sms.http.url");
                }
                yield new RecordingSmsGateway();
            }
            case HTTP -> {
                SmsProperties.Http http = properties.http();
                if (http.url() == null) {
                    throw new IllegalStateException("portal.sms.gateway=http needs portal.sms.http.url");
                }
                yield new HttpSmsGateway(http.url(), http.token(), http.timeout());
            }
        };
    }
}
