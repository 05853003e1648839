package ma.cimr.teleservices.audit;

import ma.cimr.teleservices.PortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.jooq.exception.DataAccessException;

import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit trail only ever grows: the database itself refuses to change or erase it. */
@PortalTest
class AuditTrailTest {

    @Autowired
    AuditTrail auditTrail;
    @Autowired
    DSLContext dsl;

    @Test
    void anEventIsRecordedWithWhoWhatAndFromWhere() {
        auditTrail.record("audit-test", "LOGIN_FAILED", "target-1", "details", "192.0.2.7");

        var row = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTOR.eq("audit-test")).fetchSingle();
        assertThat(row.getAction()).isEqualTo("LOGIN_FAILED");
        assertThat(row.getTarget()).isEqualTo("target-1");
        assertThat(row.getSourceAddress()).isEqualTo("192.0.2.7");
        assertThat(row.getOccurredAt()).isNotNull();
    }

    @Test
    void updatesDeletesAndTruncationAreRefused() {
        auditTrail.record("audit-immutable", "LOGIN_FAILED", null, null, null);

        assertThatThrownBy(() -> dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR, "someone-else")
                .where(AUDIT_EVENT.ACTOR.eq("audit-immutable")).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTOR.eq("audit-immutable")).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.truncate(AUDIT_EVENT).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq("audit-immutable"))).isEqualTo(1);
    }
}
