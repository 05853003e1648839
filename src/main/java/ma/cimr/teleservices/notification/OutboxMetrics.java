package ma.cimr.teleservices.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import ma.cimr.teleservices.notification.repository.OutboxRepository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What the operations team watches of the outbox (issue 14): how many messages wait, how long the
 * oldest has waited (a mail server down shows here before anyone complains), and how many were
 * given up. Read from the database at each scrape, so every instance reports the same truth.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final OutboxRepository outbox;
    private final Clock clock;

    OutboxMetrics(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portal.outbox.messages", outbox, OutboxRepository::countPending)
                .tag("status", "pending").description("Messages waiting to be sent").register(registry);
        Gauge.builder("portal.outbox.messages", outbox, OutboxRepository::countFailed)
                .tag("status", "failed").description("Messages given up after every attempt, waiting for staff").register(registry);
        Gauge.builder("portal.outbox.oldest.pending", this, OutboxMetrics::oldestPendingSeconds)
                .baseUnit("seconds").description("How long the oldest waiting message has waited").register(registry);
    }

    private double oldestPendingSeconds() {
        Instant oldest = outbox.oldestPendingCreatedAt();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
    }
}
