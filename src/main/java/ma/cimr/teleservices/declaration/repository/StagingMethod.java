package ma.cimr.teleservices.declaration.repository;

/**
 * How the lines of a file reach the staging table: PostgreSQL's {@code COPY} through pgjdbc's
 * {@code CopyManager}, or batches of prepared inserts. Both are kept so the benchmark can compare
 * them on the same database (DD026 gives the figures; the import uses the faster).
 */
public enum StagingMethod {
    COPY,
    BATCH
}
