package ma.cimr.teleservices.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's own mail settings; the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from    the sender address of every e-mail
 * @param gateway {@code smtp} (Spring Boot's {@code spring.mail.*} server) or {@code recording}
 *                (development: kept in memory for the demo inbox, nothing leaves)
 */
@ConfigurationProperties("portal.mail")
record MailSenderProperties(@DefaultValue("ne-pas-repondre@cimr.ma") String from,
                            @DefaultValue("smtp") Gateway gateway) {

    enum Gateway { SMTP, RECORDING }

    MailSenderProperties {
        Recipients.emailAddress(from);
    }
}
