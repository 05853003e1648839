package ma.cimr.teleservices.retiree.repository;

import ma.cimr.teleservices.retiree.PensionPayment;
import ma.cimr.teleservices.retiree.RetireePension;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.PENSION_PAYMENT;
import static ma.cimr.teleservices.jooq.Tables.RETIREE;

@Repository
class JooqRetireeRepository implements RetireeRepository {

    private final DSLContext dsl;

    JooqRetireeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<RetireePension> findPension(long retireeId) {
        return dsl.selectFrom(RETIREE)
                .where(RETIREE.ID.eq(retireeId))
                .fetchOptional(row -> new RetireePension(row.getPensionFileNumber().value(),
                        row.getKind(), row.getLastName(), row.getFirstName(),
                        row.getPaymentMode(), row.getRib(),
                        row.getMonthlyAmount(), row.getPensionStart()));
    }

    @Override
    public List<PensionPayment> payments(long retireeId, int offset, int limit) {
        return dsl.selectFrom(PENSION_PAYMENT)
                .where(PENSION_PAYMENT.RETIREE_ID.eq(retireeId))
                .orderBy(PENSION_PAYMENT.DUE_PERIOD.desc())
                .offset(offset)
                .limit(limit)
                .fetch(row -> new PensionPayment(row.getDuePeriod(), row.getGrossAmount(),
                        row.getNetAmount(), row.getPaidOn(), row.getStatus()));
    }

    @Override
    public int paymentCount(long retireeId) {
        return dsl.fetchCount(PENSION_PAYMENT, PENSION_PAYMENT.RETIREE_ID.eq(retireeId));
    }
}
