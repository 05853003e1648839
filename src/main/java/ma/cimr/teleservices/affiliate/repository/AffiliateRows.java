package ma.cimr.teleservices.affiliate.repository;

import org.jooq.DSLContext;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one affiliate read by plain JDBC on jOOQ's connection (so in the caller's transaction),
 * for the two queries every points statement and simulation runs: the years and the points granted.
 * jOOQ builds a typed record from the result's metadata for each row, then the repository maps it
 * again; in the statement's profile that was a quarter of its time, more than PostgreSQL's own
 * (DD050). Everything else reads through jOOQ.
 */
final class AffiliateRows {

    /** One row of the result to one value, reading the columns by position. */
    @FunctionalInterface
    interface Row<T> {
        T of(ResultSet row) throws SQLException;
    }

    private AffiliateRows() {
    }

    static <T> List<T> read(DSLContext dsl, String sql, long affiliateId, Row<T> row) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setLong(1, affiliateId);
                try (ResultSet rows = query.executeQuery()) {
                    List<T> read = new ArrayList<>();
                    while (rows.next()) {
                        read.add(row.of(rows));
                    }
                    return read;
                }
            }
        });
    }
}
