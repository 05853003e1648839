package ma.cimr.teleservices.declaration.repository;

/**
 * Where the second reading of a file pours its lines, one at a time, so that the file never sits
 * whole in memory: the rows are sent to the database in fixed-size chunks as they come.
 */
public interface LineStaging extends AutoCloseable {

    void add(StagedLine line);

    /** Sends what is still buffered; the staging table then holds every line added. */
    void finish();

    /** Abandons a staging left unfinished (the reading failed): the connection is usable again. */
    @Override
    void close();
}
