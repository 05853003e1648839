package ma.cimr.teleservices.request;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the deadline watch every {@code portal.requests.deadline-watch-interval} (default 5 min)
 * on every instance; the watch's lease lets one of them work at a time. Off with
 * {@code portal.requests.deadline-watch-enabled=false}, like the outbox's delivery: the tests call
 * {@link DeadlineWatch#runOnce()} themselves, so no pass of the application's own runs behind
 * their back (and none has to be waited for).
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.requests.deadline-watch-enabled", matchIfMissing = true)
class DeadlineWatchSchedule {

    private final DeadlineWatch watch;

    DeadlineWatchSchedule(DeadlineWatch watch) {
        this.watch = watch;
    }

    @Scheduled(fixedDelayString = "${portal.requests.deadline-watch-interval:PT5M}", initialDelayString = "PT1M")
    void watch() {
        watch.runOnce();
    }
}
