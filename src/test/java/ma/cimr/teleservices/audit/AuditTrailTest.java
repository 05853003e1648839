package ma.cimr.teleservices.audit;

import ma.cimr.teleservices.PortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail only ever grows: the role the portal runs as may only insert into it, and the
 * database refuses even the schema's owner an update, a delete or a truncation.
 */
@PortalTest
class AuditTrailTest {

    @Autowired
    AuditTrail auditTrail;
    @Autowired
    DSLContext dsl;
    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

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
    void thePortalsOwnDatabaseRoleMayOnlyAddToTheTrail() {
        auditTrail.record("audit-immutable", "LOGIN_FAILED", null, null, null);

        assertThatThrownBy(() -> dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR, "someone-else")
                .where(AUDIT_EVENT.ACTOR.eq("audit-immutable")).execute())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTOR.eq("audit-immutable")).execute())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> dsl.truncate(AUDIT_EVENT).execute())
                .hasStackTraceContaining("permission denied");
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq("audit-immutable"))).isEqualTo(1);
    }

    @Test
    void thePortalsDatabaseRoleCannotChangeTheSchemaNorItsMigrationHistory() {
        assertThatThrownBy(() -> dsl.execute("alter table audit_event disable trigger audit_event_no_update_or_delete"))
                .hasStackTraceContaining("must be owner");
        assertThatThrownBy(() -> dsl.execute("create table shadow_audit (id int)"))
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> dsl.execute("delete from flyway_schema_history"))
                .hasStackTraceContaining("permission denied");
    }

    @Test
    void evenTheSchemasOwnerCannotUpdateDeleteOrTruncateTheTrail() {
        auditTrail.record("audit-owner", "LOGIN_FAILED", null, null, null);
        JdbcTemplate asOwner = new JdbcTemplate(ownerDataSource);

        assertThatThrownBy(() -> asOwner.update("update audit_event set actor = 'x' where actor = 'audit-owner'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> asOwner.update("delete from audit_event where actor = 'audit-owner'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> asOwner.execute("truncate audit_event"))
                .hasMessageContaining("append-only");
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq("audit-owner"))).isEqualTo(1);
    }
}
