package ma.cimr.teleservices.affiliate.repository;

import ma.cimr.teleservices.affiliate.BuyBack;
import ma.cimr.teleservices.affiliate.BuyBackPayment;
import ma.cimr.teleservices.affiliate.StatementLine;
import ma.cimr.teleservices.jooq.tables.records.BuyBackPaymentRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.BUY_BACK;
import static ma.cimr.teleservices.jooq.Tables.BUY_BACK_PAYMENT;
import static ma.cimr.teleservices.jooq.Tables.GRANTED_POINTS;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;

@Repository
class JooqBuyBackRepository implements BuyBackRepository {

    private final DSLContext dsl;

    JooqBuyBackRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long nextNumber() {
        return dsl.nextval(DSL.sequence(DSL.name("buy_back_number"), Long.class));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long affiliateId, long accountId, String paymentReference, int year, BigDecimal pointPrice,
                       BigDecimal points, BigDecimal amount, String language, Instant askedAt) {
        return dsl.insertInto(BUY_BACK)
                .set(BUY_BACK.AFFILIATE_ID, affiliateId)
                .set(BUY_BACK.ACCOUNT_ID, accountId)
                .set(BUY_BACK.PAYMENT_REFERENCE, paymentReference)
                .set(BUY_BACK.YEAR, (short) year)
                .set(BUY_BACK.POINT_PRICE, pointPrice)
                .set(BUY_BACK.POINTS, points)
                .set(BUY_BACK.AMOUNT, amount)
                .set(BUY_BACK.LANGUAGE, language)
                .set(BUY_BACK.ASKED_AT, utc(askedAt))
                .returning(BUY_BACK.ID).fetchSingle(BUY_BACK.ID);
    }

    @Override
    public List<BuyBack> ofAffiliate(long affiliateId) {
        return buyBacks(BUY_BACK.AFFILIATE_ID.eq(affiliateId));
    }

    @Override
    public Optional<BuyBack> byRequest(String requestReference) {
        return buyBacks(BUY_BACK.REQUEST_REFERENCE.eq(requestReference)).stream().findFirst();
    }

    @Override
    public Optional<BuyBack> byStatementRequest(String statementRequestReference) {
        return buyBacks(BUY_BACK.STATEMENT_REQUEST_REFERENCE.eq(statementRequestReference)).stream().findFirst();
    }

    /** The buy-backs with their payment and whether their points were credited, in one query. */
    private List<BuyBack> buyBacks(Condition which) {
        var credited = DSL.field(DSL.exists(DSL.selectOne().from(GRANTED_POINTS)
                .where(GRANTED_POINTS.REFERENCE.eq(BUY_BACK.REQUEST_REFERENCE),
                        GRANTED_POINTS.NATURE.eq(StatementLine.Nature.BUY_BACK)))).as("credited");
        return dsl.select(BUY_BACK.asterisk(), BUY_BACK_PAYMENT.VALUE_DATE, BUY_BACK_PAYMENT.IDENTIFIED_AT, credited)
                .from(BUY_BACK).leftJoin(BUY_BACK_PAYMENT).on(BUY_BACK_PAYMENT.BUY_BACK_ID.eq(BUY_BACK.ID))
                .where(which)
                .orderBy(BUY_BACK.ASKED_AT.desc(), BUY_BACK.ID.desc())
                .fetch(row -> buyBack(row, Boolean.TRUE.equals(row.get(credited))));
    }

    private static BuyBack buyBack(Record row, boolean credited) {
        OffsetDateTime identifiedAt = row.get(BUY_BACK_PAYMENT.IDENTIFIED_AT);
        BuyBack.Status status = credited ? BuyBack.Status.CREDITED
                : identifiedAt != null ? BuyBack.Status.PAYMENT_IDENTIFIED : BuyBack.Status.AWAITING_PAYMENT;
        return new BuyBack(row.get(BUY_BACK.ID), row.get(BUY_BACK.PAYMENT_REFERENCE), row.get(BUY_BACK.YEAR),
                row.get(BUY_BACK.POINT_PRICE), row.get(BUY_BACK.POINTS), row.get(BUY_BACK.AMOUNT),
                row.get(BUY_BACK.ASKED_AT).toInstant(), status, row.get(BUY_BACK_PAYMENT.VALUE_DATE),
                identifiedAt == null ? null : identifiedAt.toInstant(), row.get(BUY_BACK.REQUEST_REFERENCE),
                row.get(BUY_BACK.STATEMENT_REQUEST_REFERENCE));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Locked> lockByPaymentReference(String paymentReference) {
        return dsl.selectFrom(BUY_BACK).where(BUY_BACK.PAYMENT_REFERENCE.eq(paymentReference)).forUpdate()
                .fetchOptional(row -> new Locked(row.getId(), row.getAffiliateId(), row.getAccountId(),
                        row.getPaymentReference(), row.getAmount(), row.getPoints(), row.getLanguage(),
                        dsl.fetchExists(BUY_BACK_PAYMENT, BUY_BACK_PAYMENT.BUY_BACK_ID.eq(row.getId()))));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> insertPayment(String bankEntryId, String reference, BigDecimal amount, LocalDate valueDate,
                                        @Nullable String payerName, Instant receivedAt) {
        return dsl.insertInto(BUY_BACK_PAYMENT)
                .set(BUY_BACK_PAYMENT.BANK_ENTRY_ID, bankEntryId)
                .set(BUY_BACK_PAYMENT.REFERENCE, reference)
                .set(BUY_BACK_PAYMENT.AMOUNT, amount)
                .set(BUY_BACK_PAYMENT.VALUE_DATE, valueDate)
                .set(BUY_BACK_PAYMENT.PAYER_NAME, payerName)
                .set(BUY_BACK_PAYMENT.RECEIVED_AT, utc(receivedAt))
                .onConflict(BUY_BACK_PAYMENT.BANK_ENTRY_ID).doNothing()
                .returning(BUY_BACK_PAYMENT.ID).fetchOptional(BUY_BACK_PAYMENT.ID);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<BuyBackPayment> lockPayment(long paymentId) {
        return dsl.selectFrom(BUY_BACK_PAYMENT).where(BUY_BACK_PAYMENT.ID.eq(paymentId)).forUpdate()
                .fetchOptional(this::payment);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean identify(long paymentId, long buyBackId, String identifiedBy, Instant identifiedAt) {
        return dsl.update(BUY_BACK_PAYMENT)
                .set(BUY_BACK_PAYMENT.BUY_BACK_ID, buyBackId)
                .set(BUY_BACK_PAYMENT.IDENTIFIED_BY, identifiedBy)
                .set(BUY_BACK_PAYMENT.IDENTIFIED_AT, utc(identifiedAt))
                .where(BUY_BACK_PAYMENT.ID.eq(paymentId), BUY_BACK_PAYMENT.BUY_BACK_ID.isNull())
                .execute() == 1;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordRequests(long buyBackId, String requestReference, String statementRequestReference) {
        dsl.update(BUY_BACK)
                .set(BUY_BACK.REQUEST_REFERENCE, requestReference)
                .set(BUY_BACK.STATEMENT_REQUEST_REFERENCE, statementRequestReference)
                .where(BUY_BACK.ID.eq(buyBackId), BUY_BACK.REQUEST_REFERENCE.isNull())
                .execute();
    }

    @Override
    public List<BuyBackPayment> unidentified(int limit) {
        return dsl.selectFrom(BUY_BACK_PAYMENT).where(BUY_BACK_PAYMENT.BUY_BACK_ID.isNull())
                .orderBy(BUY_BACK_PAYMENT.RECEIVED_AT, BUY_BACK_PAYMENT.ID).limit(limit)
                .fetch(this::payment);
    }

    @Override
    public Optional<BuyBackPayment> paymentOf(long buyBackId) {
        return dsl.selectFrom(BUY_BACK_PAYMENT).where(BUY_BACK_PAYMENT.BUY_BACK_ID.eq(buyBackId))
                .fetchOptional(this::payment);
    }

    @Override
    public Requester requester(long accountId) {
        return dsl.select(USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.EMAIL).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.eq(accountId))
                .fetchSingle(row -> new Requester(row.value1(), row.value2() == null ? null : row.value2().value()));
    }

    private BuyBackPayment payment(BuyBackPaymentRecord row) {
        String buyBackReference = row.getBuyBackId() == null ? null
                : dsl.select(BUY_BACK.PAYMENT_REFERENCE).from(BUY_BACK).where(BUY_BACK.ID.eq(row.getBuyBackId()))
                .fetchSingle(BUY_BACK.PAYMENT_REFERENCE);
        return new BuyBackPayment(row.getId(), row.getBankEntryId(), row.getReference(), row.getAmount(),
                row.getValueDate(), row.getPayerName(), row.getReceivedAt().toInstant(), buyBackReference,
                row.getIdentifiedAt() == null ? null : row.getIdentifiedAt().toInstant(), row.getIdentifiedBy());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
