package ma.cimr.teleservices.request;

import ma.cimr.teleservices.shared.scheduling.JobBackoff;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the deadline watch every {@code portal.requests.deadline-watch-interval} (default 5 min)
 * on every instance; the watch's lease lets one of them work at a time. Off with
 * {@code portal.requests.deadline-watch-enabled=false}, like the outbox's delivery: the tests call
 * {@link DeadlineWatch#runOnce()} themselves, so no pass of the application's own runs behind
 * their back (and none has to be waited for). While the database is down it waits in {@link JobBackoff}.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.requests.deadline-watch-enabled", matchIfMissing = true)
class DeadlineWatchSchedule {

    private final DeadlineWatch watch;
    private final JobBackoff backoff;

    DeadlineWatchSchedule(DeadlineWatch watch, JobBackoff backoff) {
        this.watch = watch;
        this.backoff = backoff;
    }

    @Scheduled(fixedDelayString = "${portal.requests.deadline-watch-interval:PT5M}", initialDelayString = "PT1M")
    void watch() {
        backoff.run(DeadlineWatch.JOB, watch::runOnce);
    }
}
