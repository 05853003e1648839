package ma.cimr.teleservices.bank.repository;

import ma.cimr.teleservices.bank.BankAnswer;
import ma.cimr.teleservices.bank.BankPurpose;
import ma.cimr.teleservices.bank.IncomingCredit;
import ma.cimr.teleservices.bank.SentMessage;
import ma.cimr.teleservices.bank.TransferBatch;
import ma.cimr.teleservices.jooq.tables.records.BankAnswerRecord;
import ma.cimr.teleservices.jooq.tables.records.BankIncomingCreditRecord;
import ma.cimr.teleservices.jooq.tables.records.BankMessageRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static ma.cimr.teleservices.jooq.Tables.BANK_ANSWER;
import static ma.cimr.teleservices.jooq.Tables.BANK_INCOMING_CREDIT;
import static ma.cimr.teleservices.jooq.Tables.BANK_MESSAGE;

@Repository
class JooqBankRepository implements BankRepository {

    private final DSLContext dsl;
    private final JdbcTemplate jdbc;

    JooqBankRepository(DSLContext dsl, JdbcTemplate jdbc) {
        this.dsl = dsl;
        this.jdbc = jdbc;
    }

    /**
     * The content goes in through JDBC's stream binding: a pension run's file for one bank is tens
     * of megabytes, which jOOQ would first read into one byte array.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public SentMessage insertMessage(BankPurpose purpose, String bankCode, TransferBatch batch, InputStream content,
                                     long length, Instant sentAt) {
        Long id = jdbc.execute((java.sql.Connection connection) -> {
            try (var statement = connection.prepareStatement("""
                    insert into bank_message (message_id, purpose, bank_code, execution_date, transfers, control_sum,
                                              content, sent_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")) {
                statement.setString(1, batch.messageId());
                statement.setString(2, purpose.name());
                statement.setString(3, bankCode);
                statement.setObject(4, batch.executionDate());
                statement.setInt(5, batch.transfers());
                statement.setBigDecimal(6, batch.controlSum());
                statement.setBinaryStream(7, content, length);
                statement.setTimestamp(8, Timestamp.from(sentAt));
                try (var result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
        return new SentMessage(id, batch.messageId(), purpose, bankCode, batch.executionDate(), batch.transfers(),
                batch.controlSum(), sentAt);
    }

    @Override
    public Optional<SentMessage> message(String messageId) {
        return dsl.selectFrom(BANK_MESSAGE).where(BANK_MESSAGE.MESSAGE_ID.eq(messageId)).fetchOptional()
                .map(JooqBankRepository::sentMessage);
    }

    @Override
    public List<SentMessage> latest(int offset, int limit) {
        return dsl.select(BANK_MESSAGE.ID, BANK_MESSAGE.MESSAGE_ID, BANK_MESSAGE.PURPOSE, BANK_MESSAGE.BANK_CODE,
                        BANK_MESSAGE.EXECUTION_DATE, BANK_MESSAGE.TRANSFERS, BANK_MESSAGE.CONTROL_SUM, BANK_MESSAGE.SENT_AT)
                .from(BANK_MESSAGE)
                .orderBy(BANK_MESSAGE.SENT_AT.desc(), BANK_MESSAGE.ID.desc())
                .offset(offset).limit(limit)
                .fetch(row -> new SentMessage(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7(), row.value8().toInstant()));
    }

    @Override
    public int count() {
        return dsl.fetchCount(BANK_MESSAGE);
    }

    @Override
    public InputStream content(String messageId) {
        byte[] content = dsl.select(BANK_MESSAGE.CONTENT).from(BANK_MESSAGE)
                .where(BANK_MESSAGE.MESSAGE_ID.eq(messageId)).fetchOptional(BANK_MESSAGE.CONTENT)
                .orElseThrow(() -> new IllegalArgumentException("No message " + messageId));
        return new ByteArrayInputStream(content);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean insertAnswer(BankAnswer answer) {
        return dsl.insertInto(BANK_ANSWER)
                .set(BANK_ANSWER.MESSAGE_ID, answer.messageId())
                .set(BANK_ANSWER.END_TO_END_ID, answer.endToEndId())
                .set(BANK_ANSWER.OUTCOME, answer.outcome())
                .set(BANK_ANSWER.REASON, answer.reason())
                .set(BANK_ANSWER.VALUE_DATE, answer.valueDate())
                .set(BANK_ANSWER.ANSWERED_AT, utc(answer.answeredAt()))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public List<BankAnswer> answers(String messageId) {
        return dsl.selectFrom(BANK_ANSWER).where(BANK_ANSWER.MESSAGE_ID.eq(messageId))
                .orderBy(BANK_ANSWER.ID).fetch(JooqBankRepository::answer);
    }

    @Override
    public List<String> unanswered(Instant sentBefore, int limit) {
        return dsl.select(BANK_MESSAGE.MESSAGE_ID).from(BANK_MESSAGE)
                .where(BANK_MESSAGE.SENT_AT.le(utc(sentBefore)))
                .andNotExists(dsl.selectOne().from(BANK_ANSWER).where(BANK_ANSWER.MESSAGE_ID.eq(BANK_MESSAGE.MESSAGE_ID)))
                .orderBy(BANK_MESSAGE.SENT_AT).limit(limit)
                .fetch(BANK_MESSAGE.MESSAGE_ID);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Undelivered> lockUndelivered(Set<BankPurpose> purposes, Set<Long> excluded, int limit) {
        // the partial index bank_answer_undelivered_idx serves this; skip locked: two instances share the work
        return dsl.select(BANK_ANSWER.asterisk(), BANK_MESSAGE.PURPOSE)
                .from(BANK_ANSWER).join(BANK_MESSAGE).on(BANK_MESSAGE.MESSAGE_ID.eq(BANK_ANSWER.MESSAGE_ID))
                .where(BANK_ANSWER.DELIVERED_AT.isNull())
                .and(BANK_MESSAGE.PURPOSE.in(purposes))
                .and(excluded.isEmpty() ? DSL.noCondition() : BANK_ANSWER.ID.notIn(excluded))
                .orderBy(BANK_ANSWER.ANSWERED_AT, BANK_ANSWER.ID)
                .limit(limit)
                .forUpdate().of(BANK_ANSWER).skipLocked()
                .fetch(row -> new Undelivered(row.get(BANK_ANSWER.ID), row.get(BANK_MESSAGE.PURPOSE),
                        answer(row.into(BANK_ANSWER))));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markDelivered(long answerId, Instant deliveredAt) {
        dsl.update(BANK_ANSWER).set(BANK_ANSWER.DELIVERED_AT, utc(deliveredAt))
                .where(BANK_ANSWER.ID.eq(answerId)).execute();
    }

    @Override
    public int countUndelivered() {
        return dsl.fetchCount(BANK_ANSWER, BANK_ANSWER.DELIVERED_AT.isNull());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean insertCredit(IncomingCredit credit) {
        return dsl.insertInto(BANK_INCOMING_CREDIT)
                .set(BANK_INCOMING_CREDIT.ENTRY_ID, credit.entryId())
                .set(BANK_INCOMING_CREDIT.REFERENCE, credit.reference())
                .set(BANK_INCOMING_CREDIT.AMOUNT, credit.amount())
                .set(BANK_INCOMING_CREDIT.VALUE_DATE, credit.valueDate())
                .set(BANK_INCOMING_CREDIT.PAYER_NAME, credit.payerName())
                .set(BANK_INCOMING_CREDIT.RECEIVED_AT, utc(credit.receivedAt()))
                .onConflict(BANK_INCOMING_CREDIT.ENTRY_ID).doNothing()
                .execute() == 1;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UndeliveredCredit> lockUndeliveredCredit(Set<Long> excluded) {
        // the partial index bank_incoming_credit_undelivered_idx serves this; skip locked: instances share the work
        return dsl.selectFrom(BANK_INCOMING_CREDIT)
                .where(BANK_INCOMING_CREDIT.DELIVERED_AT.isNull())
                .and(excluded.isEmpty() ? DSL.noCondition() : BANK_INCOMING_CREDIT.ID.notIn(excluded))
                .orderBy(BANK_INCOMING_CREDIT.RECEIVED_AT, BANK_INCOMING_CREDIT.ID)
                .limit(1)
                .forUpdate().skipLocked()
                .fetchOptional(row -> new UndeliveredCredit(row.getId(), credit(row)));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markCreditDelivered(long creditId, Instant deliveredAt) {
        dsl.update(BANK_INCOMING_CREDIT).set(BANK_INCOMING_CREDIT.DELIVERED_AT, utc(deliveredAt))
                .where(BANK_INCOMING_CREDIT.ID.eq(creditId)).execute();
    }

    @Override
    public List<IncomingCredit> latestCredits(int limit) {
        return dsl.selectFrom(BANK_INCOMING_CREDIT)
                .orderBy(BANK_INCOMING_CREDIT.RECEIVED_AT.desc(), BANK_INCOMING_CREDIT.ID.desc())
                .limit(limit).fetch(JooqBankRepository::credit);
    }

    @Override
    public String nextSandboxEntryId() {
        Long next = dsl.nextval(DSL.sequence(DSL.name("bank_sandbox_credit_number"), Long.class));
        return "SBX-CR-" + String.format("%08d", next);
    }

    private static IncomingCredit credit(BankIncomingCreditRecord row) {
        return new IncomingCredit(row.getEntryId(), row.getReference(), row.getAmount(), row.getValueDate(),
                row.getPayerName(), row.getReceivedAt().toInstant());
    }

    private static SentMessage sentMessage(BankMessageRecord row) {
        return new SentMessage(row.getId(), row.getMessageId(), row.getPurpose(), row.getBankCode(),
                row.getExecutionDate(), row.getTransfers(), row.getControlSum(), row.getSentAt().toInstant());
    }

    private static BankAnswer answer(BankAnswerRecord row) {
        return new BankAnswer(row.getMessageId(), row.getEndToEndId(), row.getOutcome(), row.getReason(),
                row.getValueDate(), row.getAnsweredAt().toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
