package ma.cimr.teleservices.shared.scheduling.repository;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;

import static ma.cimr.teleservices.jooq.Tables.JOB_LEASE;

@Repository
class JooqJobLeaseRepository implements JobLeaseRepository {

    private final DSLContext dsl;

    JooqJobLeaseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE}: PostgreSQL inserts, or locks the existing
     * row and updates it only if the condition holds, atomically; two instances racing for the same
     * job cannot both win. One row changed means the lease is ours.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean tryAcquire(String jobName, String owner, Instant now, Instant until) {
        return dsl.insertInto(JOB_LEASE)
                .set(JOB_LEASE.JOB_NAME, jobName)
                .set(JOB_LEASE.OWNER, owner)
                .set(JOB_LEASE.LEASED_UNTIL, until.atOffset(ZoneOffset.UTC))
                .onConflict(JOB_LEASE.JOB_NAME)
                .doUpdate()
                .set(JOB_LEASE.OWNER, owner)
                .set(JOB_LEASE.LEASED_UNTIL, until.atOffset(ZoneOffset.UTC))
                .where(JOB_LEASE.LEASED_UNTIL.le(now.atOffset(ZoneOffset.UTC)).or(JOB_LEASE.OWNER.eq(owner)))
                .execute() == 1;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean release(String jobName, String owner) {
        return dsl.deleteFrom(JOB_LEASE)
                .where(JOB_LEASE.JOB_NAME.eq(jobName))
                .and(JOB_LEASE.OWNER.eq(owner))
                .execute() == 1;
    }
}
