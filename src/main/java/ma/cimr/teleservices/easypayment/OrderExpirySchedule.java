package ma.cimr.teleservices.easypayment;

import ma.cimr.teleservices.shared.scheduling.JobBackoff;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the expiry of unconfirmed orders every {@code portal.easypayment.expiry-interval} (default
 * 15 min) on every instance; its lease lets one of them work at a time. Off with
 * {@code portal.easypayment.expiry-enabled=false}: the tests call {@link OrderExpiry#runOnce()}.
 * While the database is down it waits in {@link JobBackoff}, like the other jobs.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.easypayment.expiry-enabled", matchIfMissing = true)
class OrderExpirySchedule {

    private final OrderExpiry expiry;
    private final JobBackoff backoff;

    OrderExpirySchedule(OrderExpiry expiry, JobBackoff backoff) {
        this.expiry = expiry;
        this.backoff = backoff;
    }

    @Scheduled(fixedDelayString = "${portal.easypayment.expiry-interval:PT15M}", initialDelayString = "PT1M")
    void expire() {
        backoff.run("payment-order-expiry", expiry::runOnce);
    }
}
