package ma.cimr.teleservices.companyaccount.repository;

import ma.cimr.teleservices.companyaccount.LatePaymentRate;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneOffset;
import java.util.List;

import static ma.cimr.teleservices.jooq.Tables.LATE_PAYMENT_RATE;

@Repository
class JooqLatePaymentRateRepository implements LatePaymentRateRepository {

    private final DSLContext dsl;

    JooqLatePaymentRateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<LatePaymentRate> all() {
        return dsl.selectFrom(LATE_PAYMENT_RATE).orderBy(LATE_PAYMENT_RATE.APPLIES_FROM)
                .fetch(row -> new LatePaymentRate(row.getAppliesFrom(), row.getMonthlyPercent(), row.getDueDay(),
                        row.getRecordedBy(), row.getRecordedAt().toInstant()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(LatePaymentRate rate) {
        dsl.insertInto(LATE_PAYMENT_RATE)
                .set(LATE_PAYMENT_RATE.APPLIES_FROM, rate.appliesFrom())
                .set(LATE_PAYMENT_RATE.MONTHLY_PERCENT, rate.monthlyPercent())
                .set(LATE_PAYMENT_RATE.DUE_DAY, (short) rate.dueDay())
                .set(LATE_PAYMENT_RATE.RECORDED_BY, rate.recordedBy())
                .set(LATE_PAYMENT_RATE.RECORDED_AT, rate.recordedAt().atOffset(ZoneOffset.UTC))
                .onConflict(LATE_PAYMENT_RATE.APPLIES_FROM).doUpdate()
                .set(LATE_PAYMENT_RATE.MONTHLY_PERCENT, rate.monthlyPercent())
                .set(LATE_PAYMENT_RATE.DUE_DAY, (short) rate.dueDay())
                .set(LATE_PAYMENT_RATE.RECORDED_BY, rate.recordedBy())
                .set(LATE_PAYMENT_RATE.RECORDED_AT, rate.recordedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }
}
