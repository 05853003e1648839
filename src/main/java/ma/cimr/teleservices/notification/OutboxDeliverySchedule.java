package ma.cimr.teleservices.notification;

import ma.cimr.teleservices.shared.scheduling.JobBackoff;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox delivery every {@code portal.outbox.delivery-interval} (default 5s) after the
 * previous run ended, on every instance: the row locks keep instances from sending the same
 * message, so no lease is needed. Off with {@code portal.outbox.delivery-enabled=false} (the tests).
 * While the database is down both wait in {@link JobBackoff}; the messages stay in the outbox.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.outbox.delivery-enabled", matchIfMissing = true)
class OutboxDeliverySchedule {

    private final OutboxDelivery delivery;
    private final OutboxRetention retention;
    private final JobBackoff backoff;

    OutboxDeliverySchedule(OutboxDelivery delivery, OutboxRetention retention, JobBackoff backoff) {
        this.delivery = delivery;
        this.retention = retention;
        this.backoff = backoff;
    }

    @Scheduled(initialDelayString = "${portal.outbox.delivery-interval:5s}",
            fixedDelayString = "${portal.outbox.delivery-interval:5s}")
    void deliver() {
        backoff.run("outbox-delivery", delivery::deliverDue);
    }

    /** Hourly; a delete by date, harmless when two instances run it at once. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void purge() {
        backoff.run("outbox-retention", retention::purge);
    }
}
