package ma.cimr.teleservices.notification;

import ma.cimr.teleservices.notification.repository.OutboxRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;

/**
 * How long the outbox remembers a settled message ({@code portal.outbox.retention}, 30 days): long
 * enough for staff to answer "did you send me the link?", short enough that the table does not
 * become an archive of everyone's addresses. Delivered bodies are erased at once (they carried
 * activation links, recovery codes and request secrets); given-up ones wait here for staff.
 */
@Component
public class OutboxRetention {

    private final OutboxRepository messages;
    private final Clock clock;
    private final Duration retention;

    OutboxRetention(OutboxRepository messages, Clock clock,
                    @Value("${portal.outbox.retention:P30D}") Duration retention) {
        this.messages = messages;
        this.clock = clock;
        this.retention = retention;
    }

    /** Deletes the messages settled (sent or given up) more than the retention period ago; returns how many. */
    @Transactional
    public int purge() {
        return messages.purgeSettledBefore(clock.instant().minus(retention));
    }
}
