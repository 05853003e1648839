package ma.cimr.teleservices.notification.repository;

import ma.cimr.teleservices.notification.OutboxMessage;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

public interface OutboxRepository {

    /** A new PENDING message, due at once. Returns its id. */
    long add(OutboxMessage.Channel channel, String recipient, @Nullable String subject, String body, Instant now);

    /**
     * Locks and returns up to {@code limit} PENDING messages due at {@code now}, oldest due first,
     * skipping those another transaction holds ({@code FOR UPDATE SKIP LOCKED}): concurrent callers
     * get disjoint batches. The locks last until the caller's transaction ends.
     */
    List<OutboxMessage> lockDue(Instant now, int limit);

    void markSent(long id, int attempts, Instant sentAt);

    void scheduleRetry(long id, int attempts, Instant nextAttemptAt, String error);

    void markFailed(long id, int attempts, String error);

    /** FAILED messages, newest first. */
    List<OutboxMessage> failed(int offset, int limit);

    int countFailed();

    int countPending();

    /** When the oldest message still waiting was written; null when none waits. */
    @Nullable Instant oldestPendingCreatedAt();

    /** A FAILED message due again at once, its attempts counted from zero; false when it is not FAILED (any more). */
    boolean retryFailed(long id, Instant now);

    /** A FAILED message given up for good, its content erased; false when it is not FAILED (any more). */
    boolean abandonFailed(long id);

    /** What a given-up message's body becomes. */
    String ABANDONED_BODY = "(given up; content erased)";

    /** What a delivered message's body becomes: the message itself is kept (when, to whom), its content is not. */
    String DELIVERED_BODY = "(delivered; content erased)";

    /** Deletes sent, failed and given-up messages created before the cutoff; returns how many. */
    int purgeSettledBefore(Instant cutoff);
}
