package ma.cimr.teleservices.retiree.repository;

import ma.cimr.teleservices.retiree.PensionRevision;
import ma.cimr.teleservices.retiree.RecordedRevision;
import ma.cimr.teleservices.retiree.RevisedPension;
import ma.cimr.teleservices.retiree.RevisionOnPayment;
import ma.cimr.teleservices.shared.value.Money;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.PENSION_REVISION;
import static ma.cimr.teleservices.jooq.Tables.RETIREE;

@Repository
class JooqRevisionRepository implements RevisionRepository {

    /**
     * The pension and the first month the run has yet to write for it: the month after its latest
     * payment row (paid, suspended or returned), or its start when it has none. The amount in payment
     * is the view the run's own rule is written in (DD037).
     */
    private static final String PENSION = """
            select r.id, r.pension_file_number, r.first_name || ' ' || r.last_name as holder, r.monthly_amount,
                   c.monthly_amount as current_amount,
                   greatest(r.pension_start, coalesce((select max(p.due_period) from pension_payment p
                                                       where p.retiree_id = r.id) + interval '1 month',
                                                      r.pension_start))::date as next_month
            from retiree r
            join pension_current_amount c on c.retiree_id = r.id
            where r.pension_file_number = ?
            """;

    private final DSLContext dsl;

    JooqRevisionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<PensionRevision> ofRetiree(long retireeId) {
        return dsl.selectFrom(PENSION_REVISION)
                .where(PENSION_REVISION.RETIREE_ID.eq(retireeId))
                .orderBy(PENSION_REVISION.REQUESTED_ON.desc(), PENSION_REVISION.ID.desc())
                .fetch(row -> new PensionRevision(PensionRevision.Motive.valueOf(row.getMotive()),
                        row.getAmount() == null ? null : Money.of(row.getAmount()),
                        PensionRevision.Status.valueOf(row.getStatus()), row.getRequestedOn(), row.getSettledOn()));
    }

    @Override
    public Optional<RevisedPension> pension(String pensionFileNumber) {
        return dsl.fetchOptional(PENSION, pensionFileNumber).map(JooqRevisionRepository::pension);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<RevisedPension> lockPension(String pensionFileNumber) {
        dsl.execute("select 1 from retiree where pension_file_number = ? for update", pensionFileNumber);
        // a run writing its payments (or its July revaluation) holds its row for update: waiting for it
        // orders the revision after the run's writes, so neither reads the other half-done (DD046)
        dsl.execute("select 1 from pension_run where status = 'PAYING' for share");
        return pension(pensionFileNumber);
    }

    @Override
    public boolean contributedBy(long retireeId, String adherentNumber) {
        return Boolean.TRUE.equals(dsl.fetchValue("""
                select exists (select 1 from retiree r
                               join contribution k on k.affiliate_id = r.affiliate_id
                               join company c on c.id = k.company_id
                               where r.id = ? and c.adherent_number = ?)""", retireeId, adherentNumber));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(NewRecordedRevision revision) {
        dsl.insertInto(PENSION_REVISION)
                .set(PENSION_REVISION.RETIREE_ID, revision.retireeId())
                .set(PENSION_REVISION.MOTIVE, revision.motive().name())
                .set(PENSION_REVISION.AMOUNT, revision.amount())
                .set(PENSION_REVISION.STATUS, PensionRevision.Status.SETTLED.name())
                .set(PENSION_REVISION.REQUESTED_ON, revision.today())
                .set(PENSION_REVISION.SETTLED_ON, revision.today())
                .set(PENSION_REVISION.EFFECTIVE_MONTH, revision.effectiveMonth())
                .set(PENSION_REVISION.AMOUNT_BEFORE, revision.amountBefore())
                .set(PENSION_REVISION.COMPANY_PAYMENT_ID, revision.companyPaymentId())
                .set(PENSION_REVISION.PAYMENT_CONFIRMED_ON, revision.paymentConfirmedOn())
                .set(PENSION_REVISION.RECORDED_BY, revision.recordedBy())
                .set(PENSION_REVISION.APPROVED_BY, revision.approvedBy())
                .set(PENSION_REVISION.RECORDED_AT, revision.recordedAt().atOffset(ZoneOffset.UTC))
                .execute();
        dsl.update(RETIREE).set(RETIREE.MONTHLY_AMOUNT, Money.of(revision.amount()))
                .where(RETIREE.ID.eq(revision.retireeId())).execute();
    }

    @Override
    public List<RecordedRevision> latestRecorded(int limit) {
        return dsl.fetch("""
                select r.pension_file_number, r.first_name || ' ' || r.last_name as holder, v.motive, v.amount_before,
                       v.amount, v.effective_month, p.bank_reference, v.payment_confirmed_on, v.recorded_by, v.approved_by,
                       v.recorded_at
                from pension_revision v
                join retiree r on r.id = v.retiree_id
                left join company_payment p on p.id = v.company_payment_id
                where v.recorded_at is not null
                order by v.recorded_at desc, v.id desc
                limit ?""", limit)
                .map(row -> new RecordedRevision(row.get(0, String.class), row.get(1, String.class),
                        PensionRevision.Motive.valueOf(row.get(2, String.class)), row.get(3, BigDecimal.class),
                        row.get(4, BigDecimal.class), row.get(5, LocalDate.class), row.get(6, String.class),
                        row.get(7, LocalDate.class), row.get(8, String.class), row.get(9, String.class),
                        row.get(10, OffsetDateTime.class).toInstant()));
    }

    @Override
    public List<RevisionOnPayment> onPaymentsConfirmed(LocalDate from, LocalDate to) {
        return dsl.fetch("""
                select retiree_id, amount, payment_confirmed_on from pension_revision
                where payment_confirmed_on between ? and ? and recorded_at is not null
                order by payment_confirmed_on, id""", from, to)
                .map(row -> new RevisionOnPayment(row.get(0, Long.class), row.get(1, BigDecimal.class),
                        row.get(2, LocalDate.class)));
    }

    private static RevisedPension pension(Record row) {
        return new RevisedPension(row.get(0, Long.class), row.get(1, String.class), row.get(2, String.class),
                row.get(3, BigDecimal.class), row.get(4, BigDecimal.class), row.get(5, LocalDate.class));
    }
}
