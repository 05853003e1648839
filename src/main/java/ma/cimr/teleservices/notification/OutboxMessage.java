package ma.cimr.teleservices.notification;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A message waiting in, or gone through, the outbox.
 *
 * @param recipient an e-mail address, or a phone number in E.164 for an SMS
 * @param subject   the e-mail's subject; null for an SMS
 * @param attempts  how many times delivery was tried
 * @param lastError why the latest attempt failed, truncated; null when none failed
 */
public record OutboxMessage(long id, Channel channel, String recipient, @Nullable String subject, String body,
                            Status status, Instant createdAt, int attempts, Instant nextAttemptAt,
                            @Nullable Instant sentAt, @Nullable String lastError) {

    public enum Channel { EMAIL, SMS }

    /**
     * PENDING until sent, or FAILED once the outbox gave up after the maximum number of attempts;
     * staff then retry it (PENDING again) or give it up for good (ABANDONED, its content erased).
     */
    public enum Status { PENDING, SENT, FAILED, ABANDONED }
}
