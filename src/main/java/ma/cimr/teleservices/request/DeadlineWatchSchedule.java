package ma.cimr.teleservices.request;

import ma.cimr.teleservices.shared.scheduling.JobBackoff;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Runs the deadline watch once every {@code portal.requests.deadline-watch-interval} (default 5 min)
 * whatever the number of instances: each ticks, the first to take the interval's lease makes the
 * pass, the others find it taken ({@link DeadlineWatch#runOncePerInterval}). Off with
 * {@code portal.requests.deadline-watch-enabled=false}, like the outbox's delivery: the tests call
 * {@link DeadlineWatch#runOnce()} themselves, so no pass of the application's own runs behind
 * their back (and none has to be waited for). While the database is down it waits in {@link JobBackoff}.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.requests.deadline-watch-enabled", matchIfMissing = true)
class DeadlineWatchSchedule {

    private final DeadlineWatch watch;
    private final JobBackoff backoff;
    private final Duration interval;

    DeadlineWatchSchedule(DeadlineWatch watch, JobBackoff backoff,
                          @Value("${portal.requests.deadline-watch-interval:PT5M}") Duration interval) {
        this.watch = watch;
        this.backoff = backoff;
        this.interval = interval;
    }

    @Scheduled(fixedDelayString = "${portal.requests.deadline-watch-interval:PT5M}", initialDelayString = "PT1M")
    void watch() {
        backoff.run(DeadlineWatch.JOB, () -> watch.runOncePerInterval(interval));
    }
}
