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
                developmentOnly(environment, "portal.mail.gateway=recording",
                        "the production profile sends through SMTP (spring.mail.host)");
                yield new RecordingEmailGateway();
            }
        };
    }

    @Bean
    SmsGateway smsGateway(SmsProperties properties, Environment environment) {
        return switch (properties.gateway()) {
            case RECORDING -> {
                developmentOnly(environment, "portal.sms.gateway=recording",
                        "the production profile needs portal.sms.gateway=http and portal.sms.http.url");
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

    /**
     * A recording gateway keeps every message in memory and sends nothing: in production, codes and
     * links would never reach anyone, so the start fails and says what to set.
     */
    private static void developmentOnly(Environment environment, String setting, String instead) {
        if (environment.acceptsProfiles(Profiles.of("production"))) {
            throw new IllegalStateException(setting + " is for development only; " + instead);
        }
    }
}
