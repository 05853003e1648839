package ma.cimr.teleservices.shared.database;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** The ways a stopped database shows up, each recognised, and failures that are not an outage left alone (DD038). */
class DatabaseOutageTest {

    @Test
    void thePoolTimingOutUnderATransactionIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLTransientConnectionException("request timed out after 30000ms")))).isTrue();
    }

    @Test
    void springsConnectionFailureIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"))).isTrue();
    }

    @Test
    void theServerShuttingDownUnderARunningQueryIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new DataAccessException("SQL [select 1]",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new DataAccessException("SQL [select 1]",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
    }

    @Test
    void aBrokenRuleOrADefectIsNotAnOutage() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("a defect"))).isFalse();
        assertThat(DatabaseOutage.causedBy(null)).isFalse();
    }
}
