package ma.cimr.teleservices.companyaccount.repository;

import ma.cimr.teleservices.companyaccount.PaymentAllocation;
import ma.cimr.teleservices.companyaccount.PaymentSource;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static ma.cimr.teleservices.jooq.Tables.COMPANY_PAYMENT;
import static ma.cimr.teleservices.jooq.Tables.COMPANY_PAYMENT_ALLOCATION;

@Repository
class JooqPaymentRepository implements PaymentRepository {

    private final DSLContext dsl;

    JooqPaymentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean bankReferenceUsed(String bankReference) {
        return dsl.fetchExists(COMPANY_PAYMENT, COMPANY_PAYMENT.BANK_REFERENCE.eq(bankReference));
    }

    /** ON CONFLICT DO NOTHING on the bank reference: two clerks typing the same line, one payment. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean insert(long companyId, BigDecimal amount, String bankReference, LocalDate valueDate,
                          PaymentSource source, String recordedBy, Instant recordedAt,
                          @Nullable String requestReference, List<PaymentAllocation> periods) {
        Long id = dsl.insertInto(COMPANY_PAYMENT)
                .set(COMPANY_PAYMENT.COMPANY_ID, companyId)
                .set(COMPANY_PAYMENT.AMOUNT, amount)
                .set(COMPANY_PAYMENT.BANK_REFERENCE, bankReference)
                .set(COMPANY_PAYMENT.VALUE_DATE, valueDate)
                .set(COMPANY_PAYMENT.SOURCE, source.name())
                .set(COMPANY_PAYMENT.RECORDED_BY, recordedBy)
                .set(COMPANY_PAYMENT.RECORDED_AT, recordedAt.atOffset(ZoneOffset.UTC))
                .set(COMPANY_PAYMENT.REQUEST_REFERENCE, requestReference)
                .onConflict(COMPANY_PAYMENT.BANK_REFERENCE).doNothing()
                .returning(COMPANY_PAYMENT.ID)
                .fetchOptional(COMPANY_PAYMENT.ID).orElse(null);
        if (id == null) {
            return false;
        }
        var insert = dsl.insertInto(COMPANY_PAYMENT_ALLOCATION, COMPANY_PAYMENT_ALLOCATION.PAYMENT_ID,
                COMPANY_PAYMENT_ALLOCATION.DUE_PERIOD, COMPANY_PAYMENT_ALLOCATION.AMOUNT);
        for (PaymentAllocation part : periods) {
            insert = insert.values(id, part.period().firstDay(), part.amount());
        }
        insert.execute();
        return true;
    }
}
