package ma.cimr.teleservices.audit.repository;

import ma.cimr.teleservices.audit.AuditEvent;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.select;

@Repository
class JooqAuditEventRepository implements AuditEventRepository {

    private final DSLContext dsl;

    JooqAuditEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(Instant at, String actor, String action, @Nullable String target, @Nullable String details,
                       @Nullable String sourceAddress) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, at.atOffset(ZoneOffset.UTC))
                .set(AUDIT_EVENT.ACTOR, actor)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.TARGET, target)
                .set(AUDIT_EVENT.DETAILS, details)
                .set(AUDIT_EVENT.SOURCE_ADDRESS, sourceAddress)
                .execute();
    }

    @Override
    public List<AuditEvent> latest(int offset, int limit) {
        return dsl.selectFrom(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(row -> new AuditEvent(row.getId(), row.getOccurredAt().toInstant(), row.getActor(),
                        row.getAction(), row.getTarget(), row.getDetails(), row.getSourceAddress()));
    }

    @Override
    public int count() {
        return dsl.fetchCount(AUDIT_EVENT);
    }

    @Override
    public List<AuditEvent> ofCompany(long companyId, int offset, int limit) {
        return dsl.selectFrom(AUDIT_EVENT)
                .where(concernsCompany(companyId))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(row -> new AuditEvent(row.getId(), row.getOccurredAt().toInstant(), row.getActor(),
                        row.getAction(), row.getTarget(), row.getDetails(), row.getSourceAddress()));
    }

    @Override
    public int countOfCompany(long companyId) {
        return dsl.fetchCount(AUDIT_EVENT, concernsCompany(companyId));
    }

    /**
     * Logins are unique case-insensitively and never reused (a closed login stays reserved), so a
     * login in the trail always means the same company's account.
     */
    private static Condition concernsCompany(long companyId) {
        var logins = select(lower(USER_ACCOUNT.LOGIN)).from(USER_ACCOUNT).where(USER_ACCOUNT.COMPANY_ID.eq(companyId));
        return lower(AUDIT_EVENT.ACTOR).in(logins).or(lower(AUDIT_EVENT.TARGET).in(logins));
    }
}
