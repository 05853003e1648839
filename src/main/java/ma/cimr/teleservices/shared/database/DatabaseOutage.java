package ma.cimr.teleservices.shared.database;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells "the database cannot be reached" (stopped, restarting, network cut) apart from every other
 * failure, so that the screens can say "try again in a few minutes" instead of "unexpected error"
 * and the scheduled jobs can back off instead of failing in the log every few seconds (DD038).
 * The same failure arrives wrapped differently depending on where it struck: Spring's
 * {@link DataAccessResourceFailureException} (its {@code CannotGetJdbcConnectionException}),
 * a {@code CannotCreateTransactionException} over the pool's {@link SQLTransientConnectionException},
 * jOOQ's own exception over the driver's {@link SQLException} with a connection SQL state (class
 * {@code 08}) or an operator's shutdown ({@code 57P01}-{@code 57P03}), so the whole cause chain is read.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** Whether {@code thrown}, or any of its causes, says the database could not be reached. */
    public static boolean causedBy(@Nullable Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(@Nullable String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"));
    }
}
