package ma.cimr.teleservices.companyaccount.repository;

import ma.cimr.teleservices.declaration.DeclarationStatus;
import ma.cimr.teleservices.companyaccount.DuePeriods;
import ma.cimr.teleservices.companyaccount.PaymentAllocation;
import ma.cimr.teleservices.companyaccount.PaymentSource;
import ma.cimr.teleservices.companyaccount.RecordedPayment;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import org.jooq.DSLContext;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.COMPANY_PAYMENT;
import static ma.cimr.teleservices.jooq.Tables.COMPANY_PAYMENT_ALLOCATION;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION;

@Repository
class JooqAccountReadModel implements AccountReadModel {

    /*
     * The declaration table belongs to the declaration feature; its status and kind are read as the
     * feature's enums, its period as the plain first day (the period's kind is on the row).
     */
    private static final Field<LocalDate> DUE_PERIOD = DSL.field(DECLARATION.DUE_PERIOD.getQualifiedName(), LocalDate.class);
    private static final Field<String> PERIODICITY = DSL.field(DECLARATION.PERIODICITY.getQualifiedName(), String.class);
    private static final Field<BigDecimal> AMOUNT = DECLARATION.TOTAL_EMPLOYEE.plus(DECLARATION.TOTAL_EMPLOYER);

    private final DSLContext dsl;

    JooqAccountReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<CompanyRow> company(long companyId) {
        return dsl.select(COMPANY.ID, COMPANY.ADHERENT_NUMBER, COMPANY.LEGAL_NAME, COMPANY.DECLARATION_PERIODICITY)
                .from(COMPANY).where(COMPANY.ID.eq(companyId))
                .fetchOptional(JooqAccountReadModel::company);
    }

    @Override
    public Optional<CompanyRow> companyByAdherentNumber(String adherentNumber) {
        return dsl.select(COMPANY.ID, COMPANY.ADHERENT_NUMBER, COMPANY.LEGAL_NAME, COMPANY.DECLARATION_PERIODICITY)
                .from(COMPANY).where(COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber(adherentNumber)))
                .fetchOptional(JooqAccountReadModel::company);
    }

    private static CompanyRow company(Record row) {
        return new CompanyRow(row.get(COMPANY.ID), row.get(COMPANY.ADHERENT_NUMBER).value(), row.get(COMPANY.LEGAL_NAME),
                row.get(COMPANY.DECLARATION_PERIODICITY));
    }

    /** By declaration_history_idx: a company's declarations, drafts left out. */
    @Override
    public List<DeclarationRow> declarations(long companyId) {
        return dsl.select(DECLARATION.ID, DUE_PERIOD, PERIODICITY, DECLARATION.KIND, DECLARATION.STATUS, CONTRIBUTION_CATEGORY.CODE,
                        DECLARATION.FILED_AT, DECLARATION.PROCESSED_AT, DECLARATION.CANCELLED_AT, AMOUNT.as("amount"))
                .from(DECLARATION)
                .join(CONTRIBUTION_CATEGORY).on(CONTRIBUTION_CATEGORY.ID.eq(DECLARATION.CATEGORY_ID))
                .where(DECLARATION.COMPANY_ID.eq(companyId)).and(DECLARATION.STATUS.ne(DeclarationStatus.DRAFT))
                .orderBy(DUE_PERIOD, DECLARATION.ID)
                .fetch(row -> new DeclarationRow(row.get(DECLARATION.ID), row.get(DUE_PERIOD), row.get(PERIODICITY),
                        row.get(DECLARATION.KIND), row.get(DECLARATION.STATUS), row.get(CONTRIBUTION_CATEGORY.CODE),
                        instant(row.get(DECLARATION.FILED_AT)), instant(row.get(DECLARATION.PROCESSED_AT)),
                        instant(row.get(DECLARATION.CANCELLED_AT)), row.get("amount", BigDecimal.class)));
    }

    @Override
    public List<AllocationRow> allocations(long companyId) {
        return dsl.select(COMPANY_PAYMENT_ALLOCATION.DUE_PERIOD, COMPANY_PAYMENT_ALLOCATION.AMOUNT,
                        COMPANY_PAYMENT.BANK_REFERENCE, COMPANY_PAYMENT.VALUE_DATE)
                .from(COMPANY_PAYMENT_ALLOCATION)
                .join(COMPANY_PAYMENT).on(COMPANY_PAYMENT.ID.eq(COMPANY_PAYMENT_ALLOCATION.PAYMENT_ID))
                .where(COMPANY_PAYMENT.COMPANY_ID.eq(companyId))
                .orderBy(COMPANY_PAYMENT.VALUE_DATE, COMPANY_PAYMENT.ID)
                .fetch(row -> new AllocationRow(row.get(COMPANY_PAYMENT_ALLOCATION.DUE_PERIOD),
                        row.get(COMPANY_PAYMENT_ALLOCATION.AMOUNT), row.get(COMPANY_PAYMENT.BANK_REFERENCE),
                        row.get(COMPANY_PAYMENT.VALUE_DATE)));
    }

    @Override
    public List<RecordedPayment> latestPayments(int limit) {
        return payments(DSL.noCondition(), limit);
    }

    @Override
    public Optional<RecordedPayment> payment(String bankReference) {
        return payments(COMPANY_PAYMENT.BANK_REFERENCE.eq(bankReference), 1).stream().findFirst();
    }

    private List<RecordedPayment> payments(Condition which, int limit) {
        var payments = dsl.select(COMPANY_PAYMENT.asterisk(), COMPANY.ADHERENT_NUMBER, COMPANY.LEGAL_NAME,
                        COMPANY.DECLARATION_PERIODICITY)
                .from(COMPANY_PAYMENT).join(COMPANY).on(COMPANY.ID.eq(COMPANY_PAYMENT.COMPANY_ID))
                .where(which)
                .orderBy(COMPANY_PAYMENT.RECORDED_AT.desc(), COMPANY_PAYMENT.ID.desc())
                .limit(limit)
                .fetch();
        List<Long> ids = payments.map(row -> row.get(COMPANY_PAYMENT.ID));
        Map<Long, List<Record>> parts = dsl.selectFrom(COMPANY_PAYMENT_ALLOCATION)
                .where(COMPANY_PAYMENT_ALLOCATION.PAYMENT_ID.in(ids))
                .orderBy(COMPANY_PAYMENT_ALLOCATION.DUE_PERIOD)
                .fetch().stream().collect(Collectors.groupingBy(row -> row.get(COMPANY_PAYMENT_ALLOCATION.PAYMENT_ID)));
        return payments.map(row -> {
            String periodicity = row.get(COMPANY.DECLARATION_PERIODICITY);
            List<PaymentAllocation> periods = parts.getOrDefault(row.get(COMPANY_PAYMENT.ID), List.of()).stream()
                    .map(part -> new PaymentAllocation(
                            DuePeriods.of(part.get(COMPANY_PAYMENT_ALLOCATION.DUE_PERIOD), periodicity),
                            part.get(COMPANY_PAYMENT_ALLOCATION.AMOUNT)))
                    .toList();
            return new RecordedPayment(row.get(COMPANY_PAYMENT.ID), row.get(COMPANY.ADHERENT_NUMBER).value(),
                    row.get(COMPANY.LEGAL_NAME), row.get(COMPANY_PAYMENT.AMOUNT), row.get(COMPANY_PAYMENT.BANK_REFERENCE),
                    row.get(COMPANY_PAYMENT.VALUE_DATE), PaymentSource.valueOf(row.get(COMPANY_PAYMENT.SOURCE)),
                    row.get(COMPANY_PAYMENT.RECORDED_BY), row.get(COMPANY_PAYMENT.RECORDED_AT).toInstant(),
                    row.get(COMPANY_PAYMENT.REQUEST_REFERENCE), periods);
        });
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
