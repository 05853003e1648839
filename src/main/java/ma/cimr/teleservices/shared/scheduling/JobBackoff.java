package ma.cimr.teleservices.shared.scheduling;

import ma.cimr.teleservices.shared.database.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place where the scheduled jobs (outbox delivery, deadline watch, bank answers) wait when
 * the database is down (DD038). Without it each job tried again at its own rhythm, every 5 or 10
 * seconds, each try holding a scheduler thread for the pool's connection timeout and leaving a
 * stack trace in the log. With it, a job whose run failed because the database could not be
 * reached skips its runs for {@code first-delay}, then twice as long after each new failure, up to
 * {@code max-delay}; the log gets one line per failed try and one when the job works again. The
 * first successful run clears it all: recovery needs nobody.
 *
 * <p>Only database outages are absorbed: any other failure is thrown on to the scheduler as before,
 * since retrying sooner or later will not fix a defect. The state is per instance and in memory:
 * each instance finds out for itself that the database is back.
 */
@Component
public class JobBackoff {

    private static final Logger log = LoggerFactory.getLogger(JobBackoff.class);

    private final Clock clock;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    JobBackoff(Clock clock,
               @Value("${portal.jobs.database-backoff.first-delay:10s}") Duration firstDelay,
               @Value("${portal.jobs.database-backoff.max-delay:2m}") Duration maxDelay) {
        if (!firstDelay.isPositive() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("The database back-off needs 0 < first-delay <= max-delay, not "
                    + firstDelay + " and " + maxDelay);
        }
        this.clock = clock;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    private record Failures(int count, Instant since, Instant nextTry) {
    }

    /**
     * Runs the job unless it is waiting after a database outage. Returns whether it ran to the end.
     * A database outage is logged on one line and ends the run; any other exception goes on.
     */
    public boolean run(String jobName, Runnable job) {
        Failures failed = failures.get(jobName);
        Instant now = clock.instant();
        if (failed != null && now.isBefore(failed.nextTry())) {
            return false;
        }
        try {
            job.run();
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            int count = failed == null ? 1 : failed.count() + 1;
            Duration delay = delayAfter(count);
            Instant since = failed == null ? now : failed.since();
            failures.put(jobName, new Failures(count, since, clock.instant().plus(delay)));
            log.warn("Job {} could not reach the database (failure {} since {}), next try in {}s: {}", jobName, count,
                    since, delay.toSeconds(), rootMessage(e));
            return false;
        }
        if (failed != null) {
            failures.remove(jobName);
            log.info("Job {} reaches the database again, after {} failed tries since {}", jobName, failed.count(),
                    failed.since());
        }
        return true;
    }

    /** How long the job waits after its {@code count}-th failure in a row: first-delay × 2^(count-1), capped. */
    Duration delayAfter(int count) {
        Duration delay = firstDelay;
        for (int i = 1; i < count && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Whether the job is waiting after a database outage (for the metrics and the tests). */
    public boolean isWaiting(String jobName) {
        return failures.containsKey(jobName);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
