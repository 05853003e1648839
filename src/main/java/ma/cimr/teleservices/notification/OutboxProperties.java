package ma.cimr.teleservices.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the outbox delivers.
 *
 * <p>Two more settings belong to the schedule and are read there ({@code OutboxDeliverySchedule}):
 * {@code portal.outbox.delivery-enabled} (default true; the tests switch it off and call
 * {@link OutboxDelivery#deliverDue()} themselves) and {@code portal.outbox.delivery-interval}
 * (default 5s, the pause between two runs).
 *
 * @param batchSize        how many messages one transaction locks and sends
 * @param maxAttempts      after this many failed attempts a message is given up (FAILED)
 * @param firstRetryDelay  the wait after the first failure; it doubles after each further failure
 * @param maxRetryDelay    the longest wait between two attempts
 */
@ConfigurationProperties("portal.outbox")
record OutboxProperties(@DefaultValue("20") int batchSize,
                        @DefaultValue("8") int maxAttempts,
                        @DefaultValue("30s") Duration firstRetryDelay,
                        @DefaultValue("1h") Duration maxRetryDelay) {

    OutboxProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("portal.outbox.batch-size must be at least 1, not " + batchSize);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("portal.outbox.max-attempts must be at least 1, not " + maxAttempts);
        }
        if (!firstRetryDelay.isPositive() || maxRetryDelay.compareTo(firstRetryDelay) < 0) {
            throw new IllegalArgumentException("portal.outbox.first-retry-delay must be positive and at most "
                    + "portal.outbox.max-retry-delay, not " + firstRetryDelay + " and " + maxRetryDelay);
        }
    }

    /** The wait after the given number of failed attempts (1 or more): first × 2^(failures-1), capped. */
    Duration retryDelay(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration delay = firstRetryDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
