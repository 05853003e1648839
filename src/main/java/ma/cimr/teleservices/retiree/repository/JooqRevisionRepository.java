package ma.cimr.teleservices.retiree.repository;

import ma.cimr.teleservices.retiree.PensionRevision;
import ma.cimr.teleservices.shared.value.Money;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;

import static ma.cimr.teleservices.jooq.Tables.PENSION_REVISION;

@Repository
class JooqRevisionRepository implements RevisionRepository {

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
}
