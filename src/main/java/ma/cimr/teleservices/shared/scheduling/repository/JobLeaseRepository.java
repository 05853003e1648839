package ma.cimr.teleservices.shared.scheduling.repository;

import java.time.Instant;

public interface JobLeaseRepository {

    /**
     * In one statement: takes the job's lease for {@code owner} until {@code until} when nobody
     * holds it, when its holder's lease ended at or before {@code now}, or when {@code owner}
     * already holds it (a renewal). Returns whether {@code owner} holds it now.
     */
    boolean tryAcquire(String jobName, String owner, Instant now, Instant until);

    /** Gives the lease up, if {@code owner} holds it. Returns whether it did. */
    boolean release(String jobName, String owner);
}
