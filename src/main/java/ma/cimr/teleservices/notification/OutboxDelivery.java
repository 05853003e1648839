package ma.cimr.teleservices.notification;

import ma.cimr.teleservices.notification.repository.OutboxRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Sends what the {@link Outbox} holds. Each batch is one transaction: it locks up to
 * {@code portal.outbox.batch-size} due messages with {@code SELECT ... FOR UPDATE SKIP LOCKED}, so
 * another run, on this instance or another one on the same database, takes other messages or
 * none; then it sends them one by one and records the outcome of each before committing.
 *
 * <p>A failed attempt schedules the next one after {@code first-retry-delay × 2^(failures-1)},
 * capped at {@code max-retry-delay}; after {@code max-attempts} failures the message is FAILED and
 * left for staff. Delivery is at least once: if the instance dies after a send and before the
 * commit, the message goes again.
 *
 * <p>Times come from the injected {@link Clock}, like everywhere in the portal; the database's
 * own clock is not needed because the exclusion between runs comes from the row locks.
 * Transactions are programmatic so that tests can build a second delivery (another gateway,
 * another clock) without a Spring proxy.
 */
@Service
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    static final int MAX_ERROR_LENGTH = 2000;

    private final OutboxRepository messages;
    private final EmailGateway email;
    private final SmsGateway sms;
    private final OutboxProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    OutboxDelivery(OutboxRepository messages, EmailGateway email, SmsGateway sms, OutboxProperties properties,
                   Clock clock, PlatformTransactionManager transactionManager) {
        this.messages = messages;
        this.email = email;
        this.sms = sms;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Sends every message due now, batch after batch, and returns how many were sent. Safe to call
     * concurrently. Each message it tries leaves the due set (sent, failed, or retried later), so
     * it ends even when everything fails.
     */
    public int deliverDue() {
        int sent = 0;
        while (true) {
            Batch batch = transaction.execute(status -> deliverBatch());
            sent += batch.sent();
            if (batch.taken() < properties.batchSize()) {
                return sent;
            }
        }
    }

    private record Batch(int taken, int sent) {
    }

    /** The outbox writes every e-mail with a subject, but the column allows none: such a row fails like a bounce. */
    private static String subjectOf(OutboxMessage message) {
        String subject = message.subject();
        if (subject == null) {
            throw new IllegalStateException("an e-mail without a subject");
        }
        return subject;
    }

    private Batch deliverBatch() {
        Instant now = clock.instant();
        List<OutboxMessage> due = messages.lockDue(now, properties.batchSize());
        int sent = 0;
        for (OutboxMessage message : due) {
            int attempts = message.attempts() + 1;
            try {
                switch (message.channel()) {
                    case EMAIL -> email.send(message.recipient(), subjectOf(message), message.body());
                    case SMS -> sms.send(message.recipient(), message.body());
                }
                messages.markSent(message.id(), attempts, clock.instant());
                sent++;
            } catch (RuntimeException e) {
                String error = describe(e);
                if (attempts >= properties.maxAttempts()) {
                    messages.markFailed(message.id(), attempts, error);
                    log.error("Outbox message {} ({}) given up after {} attempts: {}", message.id(),
                            message.channel(), attempts, error);
                } else {
                    Instant next = clock.instant().plus(properties.retryDelay(attempts));
                    messages.scheduleRetry(message.id(), attempts, next, error);
                    log.warn("Outbox message {} ({}) not sent, attempt {} of {}, next at {}: {}", message.id(),
                            message.channel(), attempts, properties.maxAttempts(), next, error);
                }
            }
        }
        return new Batch(due.size(), sent);
    }

    /** The exception and its root cause, in at most {@link #MAX_ERROR_LENGTH} characters. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e) {
            text.append(" (cause: ").append(root.getClass().getSimpleName()).append(": ")
                    .append(root.getMessage()).append(')');
        }
        return text.length() <= MAX_ERROR_LENGTH ? text.toString() : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
