package ma.cimr.teleservices.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** The gateways the outbox delivers through: SMTP for e-mail, and the SMS gateway {@code portal.sms.gateway} names. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    EmailGateway emailGateway(JavaMailSender mailSender, MailSenderProperties properties) {
        return new SpringMailEmailGateway(mailSender, properties.from());
    }

    @Bean
    SmsGateway smsGateway(SmsProperties properties) {
        return switch (properties.gateway()) {
            case RECORDING -> new RecordingSmsGateway();
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
