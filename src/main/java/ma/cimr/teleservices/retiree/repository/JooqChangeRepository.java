package ma.cimr.teleservices.retiree.repository;

import ma.cimr.teleservices.retiree.RetireeChange;
import ma.cimr.teleservices.retiree.RetireePension.PaymentMode;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.RETIREE;
import static ma.cimr.teleservices.jooq.Tables.RETIREE_CHANGE;

@Repository
class JooqChangeRepository implements ChangeRepository {

    private final DSLContext dsl;

    JooqChangeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long add(long retireeId, String requestReference, RetireeChange draft, Instant askedAt) {
        return dsl.insertInto(RETIREE_CHANGE)
                .set(RETIREE_CHANGE.REQUEST_REFERENCE, requestReference)
                .set(RETIREE_CHANGE.RETIREE_ID, retireeId)
                .set(RETIREE_CHANGE.KIND, draft.kind().name())
                .set(RETIREE_CHANGE.PAYMENT_MODE, draft.paymentMode() == null ? null : draft.paymentMode().name())
                .set(RETIREE_CHANGE.RIB, draft.rib())
                .set(RETIREE_CHANGE.ADDRESS, draft.address())
                .set(RETIREE_CHANGE.COUNTRY, draft.country())
                .set(RETIREE_CHANGE.FAMILY_SITUATION, draft.familySituation())
                .set(RETIREE_CHANGE.ASKED_AT, askedAt.atOffset(ZoneOffset.UTC))
                .returning(RETIREE_CHANGE.ID)
                .fetchSingle().getId();
    }

    private static RetireeChange toChange(Record row) {
        String mode = row.get(RETIREE_CHANGE.PAYMENT_MODE);
        return new RetireeChange(row.get(RETIREE_CHANGE.ID), row.get(RETIREE_CHANGE.REQUEST_REFERENCE),
                row.get(RETIREE.PENSION_FILE_NUMBER).value(), row.get(RETIREE.FIRST_NAME) + " " + row.get(RETIREE.LAST_NAME),
                RetireeChange.Kind.valueOf(row.get(RETIREE_CHANGE.KIND)), mode == null ? null : PaymentMode.valueOf(mode),
                row.get(RETIREE_CHANGE.RIB), row.get(RETIREE_CHANGE.ADDRESS), row.get(RETIREE_CHANGE.COUNTRY),
                row.get(RETIREE_CHANGE.FAMILY_SITUATION), row.get(RETIREE_CHANGE.ASKED_AT).toInstant(),
                RetireeChange.Status.valueOf(row.get(RETIREE_CHANGE.STATUS)));
    }

    @Override
    public List<RetireeChange> ofRetiree(long retireeId) {
        return dsl.select(RETIREE_CHANGE.fields()).select(RETIREE.PENSION_FILE_NUMBER, RETIREE.FIRST_NAME, RETIREE.LAST_NAME)
                .from(RETIREE_CHANGE).join(RETIREE).on(RETIREE.ID.eq(RETIREE_CHANGE.RETIREE_ID))
                .where(RETIREE_CHANGE.RETIREE_ID.eq(retireeId))
                .orderBy(RETIREE_CHANGE.ASKED_AT.desc(), RETIREE_CHANGE.ID.desc())
                .fetch(JooqChangeRepository::toChange);
    }

    @Override
    public boolean hasPending(long retireeId, RetireeChange.Kind kind) {
        return dsl.fetchExists(RETIREE_CHANGE, RETIREE_CHANGE.RETIREE_ID.eq(retireeId),
                RETIREE_CHANGE.KIND.eq(kind.name()), RETIREE_CHANGE.STATUS.eq(RetireeChange.Status.PENDING.name()));
    }

    @Override
    public List<RetireeChange> pending(int offset, int limit) {
        return dsl.select(RETIREE_CHANGE.fields()).select(RETIREE.PENSION_FILE_NUMBER, RETIREE.FIRST_NAME, RETIREE.LAST_NAME)
                .from(RETIREE_CHANGE).join(RETIREE).on(RETIREE.ID.eq(RETIREE_CHANGE.RETIREE_ID))
                .where(RETIREE_CHANGE.STATUS.eq(RetireeChange.Status.PENDING.name()))
                .orderBy(RETIREE_CHANGE.ASKED_AT, RETIREE_CHANGE.ID)
                .offset(offset).limit(limit)
                .fetch(JooqChangeRepository::toChange);
    }

    @Override
    public int pendingCount() {
        return dsl.fetchCount(RETIREE_CHANGE, RETIREE_CHANGE.STATUS.eq(RetireeChange.Status.PENDING.name()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Locked> lock(long changeId) {
        return dsl.select(RETIREE_CHANGE.fields()).select(RETIREE.PENSION_FILE_NUMBER, RETIREE.FIRST_NAME, RETIREE.LAST_NAME)
                .from(RETIREE_CHANGE).join(RETIREE).on(RETIREE.ID.eq(RETIREE_CHANGE.RETIREE_ID))
                .where(RETIREE_CHANGE.ID.eq(changeId))
                .forUpdate().of(RETIREE_CHANGE)
                .fetchOptional(row -> new Locked(row.get(RETIREE_CHANGE.RETIREE_ID), toChange(row)));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void decide(long changeId, RetireeChange.Status status, String agent, Instant at) {
        dsl.update(RETIREE_CHANGE)
                .set(RETIREE_CHANGE.STATUS, status.name())
                .set(RETIREE_CHANGE.DECIDED_BY, agent)
                .set(RETIREE_CHANGE.DECIDED_AT, at.atOffset(ZoneOffset.UTC))
                .where(RETIREE_CHANGE.ID.eq(changeId))
                .execute();
    }
}
