package ma.cimr.teleservices.easypayment.repository;

import ma.cimr.teleservices.easypayment.Confirmation;
import ma.cimr.teleservices.easypayment.OrderLine;
import ma.cimr.teleservices.easypayment.PaymentOrder;
import ma.cimr.teleservices.easypayment.PaymentOrderStatus;
import ma.cimr.teleservices.jooq.tables.records.PaymentOrderRecord;
import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Rib;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.ACCOUNT_ROLE;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.PAYMENT_ORDER;
import static ma.cimr.teleservices.jooq.Tables.PAYMENT_ORDER_CONFIRMATION;
import static ma.cimr.teleservices.jooq.Tables.PAYMENT_ORDER_EXECUTION;
import static ma.cimr.teleservices.jooq.Tables.PAYMENT_ORDER_PERIOD;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.sum;

@Repository
class JooqPaymentOrderRepository implements PaymentOrderRepository {

    private static final List<String> LIVE = List.of(PaymentOrderStatus.AWAITING.name(), PaymentOrderStatus.SENT.name());

    private final DSLContext dsl;

    JooqPaymentOrderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockCompany(long companyId) {
        dsl.select(COMPANY.ID).from(COMPANY).where(COMPANY.ID.eq(companyId)).forUpdate().fetch();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PaymentOrderStatus> lock(long orderId) {
        return dsl.select(PAYMENT_ORDER.STATUS).from(PAYMENT_ORDER).where(PAYMENT_ORDER.ID.eq(orderId)).forUpdate()
                .fetchOptional(PAYMENT_ORDER.STATUS).map(PaymentOrderStatus::valueOf);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long companyId, long ordererAccountId, String ordererLogin, String rib, LocalDate executionDate,
                       BigDecimal amount, @Nullable String aboveDueReason, Instant now, Instant expiresAt,
                       List<OrderLine> lines) {
        long id = dsl.insertInto(PAYMENT_ORDER)
                .set(PAYMENT_ORDER.COMPANY_ID, companyId)
                .set(PAYMENT_ORDER.ORDERER_ACCOUNT_ID, ordererAccountId)
                .set(PAYMENT_ORDER.ORDERER_LOGIN, ordererLogin)
                .set(PAYMENT_ORDER.DEBTOR_RIB, rib)
                .set(PAYMENT_ORDER.EXECUTION_DATE, executionDate)
                .set(PAYMENT_ORDER.AMOUNT, amount)
                .set(PAYMENT_ORDER.ABOVE_DUE_REASON, aboveDueReason)
                .set(PAYMENT_ORDER.CREATED_AT, utc(now))
                .set(PAYMENT_ORDER.CHANGED_AT, utc(now))
                .set(PAYMENT_ORDER.EXPIRES_AT, utc(expiresAt))
                .returning(PAYMENT_ORDER.ID).fetchOne(PAYMENT_ORDER.ID);
        insertLines(id, lines);
        return id;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(long orderId, String rib, LocalDate executionDate, BigDecimal amount,
                        @Nullable String aboveDueReason, Instant now, List<OrderLine> lines) {
        dsl.update(PAYMENT_ORDER)
                .set(PAYMENT_ORDER.DEBTOR_RIB, rib)
                .set(PAYMENT_ORDER.EXECUTION_DATE, executionDate)
                .set(PAYMENT_ORDER.AMOUNT, amount)
                .set(PAYMENT_ORDER.ABOVE_DUE_REASON, aboveDueReason)
                .set(PAYMENT_ORDER.CHANGED_AT, utc(now))
                .set(PAYMENT_ORDER.VERSION, PAYMENT_ORDER.VERSION.plus(1))
                .where(PAYMENT_ORDER.ID.eq(orderId)).execute();
        dsl.deleteFrom(PAYMENT_ORDER_PERIOD).where(PAYMENT_ORDER_PERIOD.ORDER_ID.eq(orderId)).execute();
        insertLines(orderId, lines);
    }

    private void insertLines(long orderId, List<OrderLine> lines) {
        var insert = dsl.insertInto(PAYMENT_ORDER_PERIOD, PAYMENT_ORDER_PERIOD.ORDER_ID, PAYMENT_ORDER_PERIOD.DUE_PERIOD,
                PAYMENT_ORDER_PERIOD.AMOUNT);
        for (OrderLine line : lines) {
            insert = insert.values(orderId, line.period().toString(), line.amount());
        }
        insert.execute();
    }

    @Override
    public Optional<PaymentOrder> find(long orderId) {
        return orders(PAYMENT_ORDER.ID.eq(orderId), 1).stream().findFirst();
    }

    @Override
    public Optional<PaymentOrder> find(long orderId, long companyId) {
        return orders(PAYMENT_ORDER.ID.eq(orderId).and(PAYMENT_ORDER.COMPANY_ID.eq(companyId)), 1).stream().findFirst();
    }

    @Override
    public List<PaymentOrder> ofCompany(long companyId, int limit) {
        return orders(PAYMENT_ORDER.COMPANY_ID.eq(companyId), limit);
    }

    /** The orders, their lines and confirmations in three queries. */
    private List<PaymentOrder> orders(org.jooq.Condition which, int limit) {
        var rows = dsl.select(PAYMENT_ORDER.asterisk(), COMPANY.ADHERENT_NUMBER, COMPANY.LEGAL_NAME,
                        COMPANY.PAYMENT_CONFIRMATIONS)
                .from(PAYMENT_ORDER).join(COMPANY).on(COMPANY.ID.eq(PAYMENT_ORDER.COMPANY_ID))
                .where(which)
                .orderBy(PAYMENT_ORDER.CREATED_AT.desc(), PAYMENT_ORDER.ID.desc())
                .limit(limit).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.map(row -> row.get(PAYMENT_ORDER.ID));
        Map<Long, List<OrderLine>> lines = lines(ids);
        Map<Long, List<Confirmation>> confirmations = confirmations(ids);
        List<PaymentOrder> orders = new ArrayList<>();
        for (Record row : rows) {
            PaymentOrderRecord order = row.into(PAYMENT_ORDER);
            orders.add(new PaymentOrder(order.getId(), row.get(COMPANY.ADHERENT_NUMBER).value(),
                    row.get(COMPANY.LEGAL_NAME), order.getOrdererAccountId(), order.getOrdererLogin(),
                    new Rib(order.getDebtorRib()), order.getExecutionDate(), order.getAmount(),
                    PaymentOrderStatus.valueOf(order.getStatus()), order.getVersion(), instant(order.getCreatedAt()),
                    instant(order.getExpiresAt()), order.getClosedBy(), instantOrNull(order.getClosedAt()),
                    order.getReason(), order.getBankValueDate(), lines.getOrDefault(order.getId(), List.of()),
                    confirmations.getOrDefault(order.getId(), List.of()), row.get(COMPANY.PAYMENT_CONFIRMATIONS),
                    order.getAboveDueReason()));
        }
        return orders;
    }

    private Map<Long, List<OrderLine>> lines(Collection<Long> ids) {
        Map<Long, List<OrderLine>> lines = new HashMap<>();
        dsl.selectFrom(PAYMENT_ORDER_PERIOD).where(PAYMENT_ORDER_PERIOD.ORDER_ID.in(ids))
                .orderBy(PAYMENT_ORDER_PERIOD.DUE_PERIOD)
                .forEach(line -> lines.computeIfAbsent(line.getOrderId(), id -> new ArrayList<>())
                        .add(new OrderLine(DuePeriod.parse(line.getDuePeriod()), line.getAmount())));
        return lines;
    }

    private Map<Long, List<Confirmation>> confirmations(Collection<Long> ids) {
        Map<Long, List<Confirmation>> confirmations = new HashMap<>();
        dsl.selectFrom(PAYMENT_ORDER_CONFIRMATION).where(PAYMENT_ORDER_CONFIRMATION.ORDER_ID.in(ids))
                .orderBy(PAYMENT_ORDER_CONFIRMATION.CONFIRMED_AT)
                .forEach(row -> confirmations.computeIfAbsent(row.getOrderId(), id -> new ArrayList<>())
                        .add(new Confirmation(row.getValidatorLogin(), row.getVersion(), instant(row.getConfirmedAt()))));
        return confirmations;
    }

    @Override
    public Map<String, BigDecimal> orderedByPeriod(long companyId, long exceptOrderId) {
        Map<String, BigDecimal> ordered = new HashMap<>();
        dsl.select(PAYMENT_ORDER_PERIOD.DUE_PERIOD, sum(PAYMENT_ORDER_PERIOD.AMOUNT))
                .from(PAYMENT_ORDER_PERIOD).join(PAYMENT_ORDER).on(PAYMENT_ORDER.ID.eq(PAYMENT_ORDER_PERIOD.ORDER_ID))
                .where(PAYMENT_ORDER.COMPANY_ID.eq(companyId), PAYMENT_ORDER.STATUS.in(LIVE),
                        PAYMENT_ORDER.ID.ne(exceptOrderId))
                .groupBy(PAYMENT_ORDER_PERIOD.DUE_PERIOD)
                .forEach(row -> ordered.put(row.value1(), row.value2()));
        return ordered;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean addConfirmation(long orderId, long validatorAccountId, String validatorLogin, int version,
                                   Instant now) {
        return dsl.insertInto(PAYMENT_ORDER_CONFIRMATION)
                .set(PAYMENT_ORDER_CONFIRMATION.ORDER_ID, orderId)
                .set(PAYMENT_ORDER_CONFIRMATION.VALIDATOR_ACCOUNT_ID, validatorAccountId)
                .set(PAYMENT_ORDER_CONFIRMATION.VALIDATOR_LOGIN, validatorLogin)
                .set(PAYMENT_ORDER_CONFIRMATION.VERSION, version)
                .set(PAYMENT_ORDER_CONFIRMATION.CONFIRMED_AT, utc(now))
                .onConflictDoNothing().execute() == 1;
    }

    @Override
    public int confirmations(long orderId) {
        return dsl.fetchCount(PAYMENT_ORDER_CONFIRMATION, PAYMENT_ORDER_CONFIRMATION.ORDER_ID.eq(orderId));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recordExecution(long orderId, String messageId, String endToEndId, Instant now) {
        return dsl.insertInto(PAYMENT_ORDER_EXECUTION)
                .set(PAYMENT_ORDER_EXECUTION.ORDER_ID, orderId)
                .set(PAYMENT_ORDER_EXECUTION.MESSAGE_ID, messageId)
                .set(PAYMENT_ORDER_EXECUTION.END_TO_END_ID, endToEndId)
                .set(PAYMENT_ORDER_EXECUTION.EXECUTED_AT, utc(now))
                .onConflictDoNothing().execute() == 1;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean move(long orderId, PaymentOrderStatus from, PaymentOrderStatus to, @Nullable String closedBy,
                        Instant closedAt, @Nullable String reason) {
        var update = dsl.update(PAYMENT_ORDER).set(PAYMENT_ORDER.STATUS, to.name());
        if (closedBy != null) {
            update = update.set(PAYMENT_ORDER.CLOSED_BY, closedBy).set(PAYMENT_ORDER.CLOSED_AT, utc(closedAt));
        }
        if (reason != null) {
            update = update.set(PAYMENT_ORDER.REASON, reason);
        }
        return update.where(PAYMENT_ORDER.ID.eq(orderId), PAYMENT_ORDER.STATUS.eq(from.name())).execute() == 1;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBankValueDate(long orderId, LocalDate valueDate) {
        dsl.update(PAYMENT_ORDER).set(PAYMENT_ORDER.BANK_VALUE_DATE, valueDate).where(PAYMENT_ORDER.ID.eq(orderId))
                .execute();
    }

    @Override
    public List<Long> expiredAwaiting(Instant now) {
        return dsl.select(PAYMENT_ORDER.ID).from(PAYMENT_ORDER)
                .where(PAYMENT_ORDER.STATUS.eq(PaymentOrderStatus.AWAITING.name()),
                        PAYMENT_ORDER.EXPIRES_AT.le(utc(now)))
                .orderBy(PAYMENT_ORDER.EXPIRES_AT).fetch(PAYMENT_ORDER.ID);
    }

    @Override
    public Optional<Long> orderOfEndToEnd(String endToEndId) {
        return dsl.select(PAYMENT_ORDER_EXECUTION.ORDER_ID).from(PAYMENT_ORDER_EXECUTION)
                .where(PAYMENT_ORDER_EXECUTION.END_TO_END_ID.eq(endToEndId)).fetchOptional(PAYMENT_ORDER_EXECUTION.ORDER_ID);
    }

    @Override
    public long companyIdOf(long orderId) {
        return dsl.select(PAYMENT_ORDER.COMPANY_ID).from(PAYMENT_ORDER).where(PAYMENT_ORDER.ID.eq(orderId))
                .fetchSingle(PAYMENT_ORDER.COMPANY_ID);
    }

    @Override
    public int confirmationsRequired(long companyId) {
        Short required = dsl.select(COMPANY.PAYMENT_CONFIRMATIONS).from(COMPANY).where(COMPANY.ID.eq(companyId))
                .fetchOne(COMPANY.PAYMENT_CONFIRMATIONS);
        return required == null ? 1 : required;
    }

    @Override
    public List<String> validatorEmails(long companyId) {
        return dsl.selectDistinct(USER_ACCOUNT.EMAIL).from(USER_ACCOUNT)
                .join(ACCOUNT_ROLE).on(ACCOUNT_ROLE.ACCOUNT_ID.eq(USER_ACCOUNT.ID))
                .where(USER_ACCOUNT.COMPANY_ID.eq(companyId), ACCOUNT_ROLE.ROLE.eq(Role.PAYMENT_VALIDATOR),
                        USER_ACCOUNT.STATUS.eq(AccountStatus.ACTIVE), USER_ACCOUNT.EMAIL.isNotNull())
                .fetch(row -> row.value1().value());
    }

    @Override
    public Optional<String> lastRib(long companyId) {
        return dsl.select(PAYMENT_ORDER.DEBTOR_RIB).from(PAYMENT_ORDER).where(PAYMENT_ORDER.COMPANY_ID.eq(companyId))
                .orderBy(PAYMENT_ORDER.CREATED_AT.desc()).limit(1).fetchOptional(PAYMENT_ORDER.DEBTOR_RIB);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time.toInstant();
    }

    private static @Nullable Instant instantOrNull(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
