package ma.cimr.teleservices.request;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import ma.cimr.teleservices.request.repository.RequestReadModel;
import ma.cimr.teleservices.shared.BusinessCalendar;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Open requests already late, per charter commitment (issue 14): the figure the fund promises in
 * public, seen by operations while there is still time to act. One grouped query per scrape at
 * most every 15 seconds, whatever the number of commitments.
 */
@Component
class RequestMetrics implements MeterBinder {

    private static final Duration FRESH_FOR = Duration.ofSeconds(15);

    private final RequestReadModel requests;
    private final RequestTypes types;
    private final CharterService charter;
    private final Clock clock;
    private volatile Map<String, Integer> lateByType = Map.of();
    private volatile Instant readAt = Instant.MIN;

    RequestMetrics(RequestReadModel requests, RequestTypes types, CharterService charter, Clock clock) {
        this.requests = requests;
        this.types = types;
        this.charter = charter;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Population population : Population.values()) {
            for (ServiceCommitment commitment : charter.commitments(population)) {
                Gauge.builder("portal.requests.late", this, metrics -> metrics.late(commitment))
                        .tag("population", population.name())
                        .tag("commitment", Integer.toString(commitment.number()))
                        .description("Open requests past the date their requester was given")
                        .register(registry);
            }
        }
    }

    private double late(ServiceCommitment commitment) {
        return lateByType().entrySet().stream()
                .filter(entry -> {
                    RequestType type = types.get(entry.getKey());
                    return type.population() == commitment.population() && type.commitmentNumber() == commitment.number();
                })
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    private Map<String, Integer> lateByType() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH_FOR).isBefore(now)) {
            lateByType = requests.lateOpenByType(LocalDate.ofInstant(now, BusinessCalendar.ZONE));
            readAt = now;
        }
        return lateByType;
    }
}
