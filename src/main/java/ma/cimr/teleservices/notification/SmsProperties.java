package ma.cimr.teleservices.notification;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * Which SMS gateway sends, and how to reach the HTTP one.
 *
 * @param gateway {@code recording} (development: kept in memory and logged, nothing leaves) or
 *                {@code http}
 */
@ConfigurationProperties("portal.sms")
record SmsProperties(@DefaultValue("recording") Gateway gateway, @DefaultValue Http http) {

    enum Gateway { RECORDING, HTTP }

    /**
     * @param url     where the JSON {@code {"to": ..., "text": ...}} is POSTed
     * @param token   sent as {@code Authorization: Bearer <token>} when not blank
     * @param timeout for connecting and for the answer
     */
    record Http(@Nullable URI url, @Nullable String token, @DefaultValue("10s") Duration timeout) {
    }
}
