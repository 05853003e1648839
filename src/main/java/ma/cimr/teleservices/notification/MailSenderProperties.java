package ma.cimr.teleservices.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's own mail settings; the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender address of every e-mail
 */
@ConfigurationProperties("portal.mail")
record MailSenderProperties(@DefaultValue("ne-pas-repondre@cimr.ma") String from) {

    MailSenderProperties {
        Recipients.emailAddress(from);
    }
}
