package ma.cimr.teleservices.pensionrun;

import ma.cimr.teleservices.shared.scheduling.JobBackoff;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every {@code portal.pension-run.interval} (default 10 min) whether the month's run is done
 * and the activated cards paid, on every instance; the lease lets one work at a time. Checking
 * often rather than firing once at midnight on the 1st means an instance down at midnight, or a run
 * that failed, is caught up by the next look. Off with {@code portal.pension-run.enabled=false}, as
 * in the tests, which call {@link PensionRuns#runDue()} themselves. The first look comes
 * {@code portal.pension-run.initial-delay} (2 min) after the start, once the instance serves pages. While the database is down it
 * waits in {@link JobBackoff}, like the other jobs; the run resumes from its last chunk.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.pension-run.enabled", matchIfMissing = true)
class PensionRunSchedule {

    private final PensionRuns runs;
    private final JobBackoff backoff;

    PensionRunSchedule(PensionRuns runs, JobBackoff backoff) {
        this.runs = runs;
        this.backoff = backoff;
    }

    @Scheduled(fixedDelayString = "${portal.pension-run.interval:PT10M}", initialDelayString = "${portal.pension-run.initial-delay:PT2M}")
    void run() {
        backoff.run("pension-run", runs::runDue);
    }
}
