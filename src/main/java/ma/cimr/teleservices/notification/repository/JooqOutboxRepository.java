package ma.cimr.teleservices.notification.repository;

import ma.cimr.teleservices.jooq.tables.records.OutboxMessageRecord;
import ma.cimr.teleservices.notification.OutboxMessage;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static ma.cimr.teleservices.jooq.Tables.OUTBOX_MESSAGE;
import static org.jooq.impl.DSL.inline;

@Repository
class JooqOutboxRepository implements OutboxRepository {

    private static final OutboxMessage.Status PENDING = OutboxMessage.Status.PENDING;
    private static final OutboxMessage.Status SENT = OutboxMessage.Status.SENT;
    private static final OutboxMessage.Status FAILED = OutboxMessage.Status.FAILED;

    private final DSLContext dsl;

    JooqOutboxRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long add(OutboxMessage.Channel channel, String recipient, @Nullable String subject, String body,
                    Instant now) {
        return dsl.insertInto(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.CHANNEL, channel)
                .set(OUTBOX_MESSAGE.RECIPIENT, recipient)
                .set(OUTBOX_MESSAGE.SUBJECT, subject)
                .set(OUTBOX_MESSAGE.BODY, body)
                .set(OUTBOX_MESSAGE.STATUS, PENDING)
                .set(OUTBOX_MESSAGE.CREATED_AT, utc(now))
                .set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, utc(now))
                .returning(OUTBOX_MESSAGE.ID)
                .fetchSingle(OUTBOX_MESSAGE.ID);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<OutboxMessage> lockDue(Instant now, int limit) {
        // served by the partial index outbox_message_due_idx; the status is inlined as a literal so that
        // PostgreSQL can match the index's predicate even in a prepared statement's generic plan
        return dsl.selectFrom(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.STATUS.eq(inline(PENDING, OUTBOX_MESSAGE.STATUS)))
                .and(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT.le(utc(now)))
                .orderBy(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, OUTBOX_MESSAGE.ID)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch(JooqOutboxRepository::toMessage);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markSent(long id, int attempts, Instant sentAt) {
        dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, SENT)
                // the body held the links, codes and secrets it carried: once delivered, nobody needs them here
                .set(OUTBOX_MESSAGE.BODY, DELIVERED_BODY)
                .set(OUTBOX_MESSAGE.ATTEMPTS, attempts)
                .set(OUTBOX_MESSAGE.SENT_AT, utc(sentAt))
                .where(OUTBOX_MESSAGE.ID.eq(id))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void scheduleRetry(long id, int attempts, Instant nextAttemptAt, String error) {
        dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.ATTEMPTS, attempts)
                .set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, utc(nextAttemptAt))
                .set(OUTBOX_MESSAGE.LAST_ERROR, error)
                .where(OUTBOX_MESSAGE.ID.eq(id))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markFailed(long id, int attempts, String error) {
        dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, FAILED)
                .set(OUTBOX_MESSAGE.ATTEMPTS, attempts)
                .set(OUTBOX_MESSAGE.LAST_ERROR, error)
                .where(OUTBOX_MESSAGE.ID.eq(id))
                .execute();
    }

    @Override
    public List<OutboxMessage> failed(int offset, int limit) {
        return dsl.selectFrom(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.STATUS.eq(inline(FAILED, OUTBOX_MESSAGE.STATUS)))
                .orderBy(OUTBOX_MESSAGE.CREATED_AT.desc(), OUTBOX_MESSAGE.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(JooqOutboxRepository::toMessage);
    }

    @Override
    public int countFailed() {
        return dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.STATUS.eq(inline(FAILED, OUTBOX_MESSAGE.STATUS)));
    }

    @Override
    public int countPending() {
        return dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.STATUS.eq(inline(OutboxMessage.Status.PENDING, OUTBOX_MESSAGE.STATUS)));
    }

    @Override
    public @Nullable Instant oldestPendingCreatedAt() {
        return instant(dsl.select(DSL.min(OUTBOX_MESSAGE.CREATED_AT)).from(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.STATUS.eq(inline(OutboxMessage.Status.PENDING, OUTBOX_MESSAGE.STATUS)))
                .fetchOne(0, OffsetDateTime.class));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean retryFailed(long id, Instant now) {
        return dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, OutboxMessage.Status.PENDING)
                .set(OUTBOX_MESSAGE.ATTEMPTS, 0)
                .set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, utc(now))
                .where(OUTBOX_MESSAGE.ID.eq(id), OUTBOX_MESSAGE.STATUS.eq(FAILED))
                .execute() == 1;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean abandonFailed(long id) {
        return dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, OutboxMessage.Status.ABANDONED)
                .set(OUTBOX_MESSAGE.BODY, ABANDONED_BODY)
                .where(OUTBOX_MESSAGE.ID.eq(id), OUTBOX_MESSAGE.STATUS.eq(FAILED))
                .execute() == 1;
    }

    private static OutboxMessage toMessage(OutboxMessageRecord row) {
        return new OutboxMessage(row.getId(), row.getChannel(), row.getRecipient(),
                row.getSubject(), row.getBody(), row.getStatus(),
                row.getCreatedAt().toInstant(), row.getAttempts(), row.getNextAttemptAt().toInstant(),
                instant(row.getSentAt()), row.getLastError());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int purgeSettledBefore(Instant cutoff) {
        return dsl.deleteFrom(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.STATUS.in(SENT, FAILED, OutboxMessage.Status.ABANDONED),
                        OUTBOX_MESSAGE.CREATED_AT.lt(utc(cutoff)))
                .execute();
    }
}
