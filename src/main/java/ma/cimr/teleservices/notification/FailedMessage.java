package ma.cimr.teleservices.notification;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A message the outbox gave up on, as staff see it: to whom (half hidden), about what, how often it
 * was tried and why it failed, never its content, which may hold an activation link or a code.
 */
public record FailedMessage(long id, OutboxMessage.Channel channel, String maskedRecipient, @Nullable String subject,
                            Instant createdAt, int attempts, @Nullable String lastError) {

    static FailedMessage of(OutboxMessage message) {
        return new FailedMessage(message.id(), message.channel(), mask(message.recipient()), message.subject(),
                message.createdAt(), message.attempts(), message.lastError());
    }

    /** Enough to recognise an address or a number ("k•••@atlas.ma", "+2126•••••78"), not to copy it. */
    static String mask(String recipient) {
        int at = recipient.indexOf('@');
        if (at > 0) {
            return recipient.charAt(0) + "•••" + recipient.substring(at);
        }
        if (recipient.length() > 7) {
            return recipient.substring(0, 5) + "•".repeat(recipient.length() - 7) + recipient.substring(recipient.length() - 2);
        }
        return "•".repeat(recipient.length());
    }
}
