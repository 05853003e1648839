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

    OutboxDeliverySchedule(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(initialDelayString = "${portal.outbox.delivery-interval:5s}",
            fixedDelayString = "${portal.outbox.delivery-interval:5s}")
    void deliver() {
        delivery.deliverDue();
    }
}
