package ma.cimr.teleservices.shared.scheduling;

import ma.cimr.teleservices.shared.scheduling.repository.JobLeaseRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Leases for jobs that must run on one application instance at a time, when several share the
 * database (deadline warnings, the monthly pension run):
 *
 * <pre>{@code
 * if (jobLeases.tryAcquire("deadline-warnings", Duration.ofMinutes(10))) {
 *     try { ... } finally { jobLeases.release("deadline-warnings"); }
 * }
 * }</pre>
 *
 * <p>The lease must outlast the work: once it ends, another instance may take the job over.
 * A long job renews it by calling {@code tryAcquire} again (the holder always gets it back).
 * If an instance dies, its lease simply runs out.
 *
 * <p>Each call commits at once in its own transaction, whatever the caller has open, so the other
 * instances see the lease immediately (and a rolled-back caller does not keep a lease it thinks it
 * gave up).
 *
 * <p>Time: "now" and the end of the lease come from the injected {@link Clock}, like every other
 * time in the portal (tests move it). Atomicity does not need the database's clock: it comes from
 * one conditional {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE} statement. What it does need is
 * instances whose clocks agree (NTP) to well within the lease, which is minutes.
 */
@Service
public class JobLeases {

    private final JobLeaseRepository leases;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final String instanceId;

    /** @param instanceId this instance's name in the lease table ({@code portal.instance-id}); blank: a random UUID */
    JobLeases(JobLeaseRepository leases, Clock clock, PlatformTransactionManager transactionManager,
              @Value("${portal.instance-id:}") String instanceId) {
        this.leases = leases;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.instanceId = instanceId == null || instanceId.isBlank() ? UUID.randomUUID().toString() : instanceId.strip();
    }

    /**
     * Takes, or renews, the job's lease for {@code lease} from now. Returns false while another
     * instance holds an unexpired lease on it.
     */
    public boolean tryAcquire(String jobName, Duration lease) {
        requireJobName(jobName);
        Objects.requireNonNull(lease, "lease");
        if (!lease.isPositive()) {
            throw new IllegalArgumentException("A lease must last, not " + lease);
        }
        Instant now = clock.instant();
        return Boolean.TRUE.equals(transaction.execute(status ->
                leases.tryAcquire(jobName, instanceId, now, now.plus(lease))));
    }

    /** Gives the job's lease up so another instance may take it at once; nothing if this instance does not hold it. */
    public void release(String jobName) {
        requireJobName(jobName);
        transaction.executeWithoutResult(status -> leases.release(jobName, instanceId));
    }

    /** This instance's name in the lease table. */
    public String instanceId() {
        return instanceId;
    }

    private static void requireJobName(String jobName) {
        if (jobName == null || jobName.isBlank()) {
            throw new IllegalArgumentException("The job name is blank");
        }
    }
}
