package ma.cimr.teleservices.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox delivery every {@code portal.outbox.delivery-interval} (default 5s) after the
 * previous run ended, on every instance: the row locks keep instances from sending the same
 * message, so no lease is needed. Off with {@code portal.outbox.delivery-enabled=false} (the tests).
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.outbox.delivery-enabled", matchIfMissing = true)
class OutboxDeliverySchedule {

    private final OutboxDelivery delivery;
    private final OutboxRetention retention;

    OutboxDeliverySchedule(OutboxDelivery delivery, OutboxRetention retention) {
        this.delivery = delivery;
        this.retention = retention;
    }

    @Scheduled(initialDelayString = "${portal.outbox.delivery-interval:5s}",
            fixedDelayString = "${portal.outbox.delivery-interval:5s}")
    void deliver() {
        delivery.deliverDue();
    }

    /** Hourly; a delete by date, harmless when two instances run it at once. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void purge() {
        retention.purge();
    }
}
