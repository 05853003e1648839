package ma.cimr.teleservices.shared.scheduling;

import ma.cimr.teleservices.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scheduled jobs' shared back-off (DD038): with the database down, a job every 5 seconds tries
 * after 10 s, 20 s, 40 s, ... 2 min, not every 5 seconds; the first success clears it.
 */
class JobBackoffTest {

    private final TestClock clock = new TestClock();
    private final JobBackoff backoff = new JobBackoff(clock, Duration.ofSeconds(10), Duration.ofMinutes(2));
    private final AtomicBoolean databaseDown = new AtomicBoolean(true);
    private final AtomicInteger tries = new AtomicInteger();

    private void job() {
        tries.incrementAndGet();
        if (databaseDown.get()) {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                    new SQLTransientConnectionException("Connection is not available, request timed out after 30000ms."));
        }
    }

    /** The scheduler's rhythm: one call every 5 seconds for {@code duration}. */
    private void runEvery5SecondsFor(Duration duration) {
        for (long s = 0; s < duration.toSeconds(); s += 5) {
            backoff.run("outbox-delivery", this::job);
            clock.advance(Duration.ofSeconds(5));
        }
    }

    @Test
    void theDelayDoublesAfterEachFailureUpToTheMaximum() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.delayAfter(60)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aJobEveryFiveSecondsTriesTheDatabaseElevenTimesInTenMinutesOfOutageInsteadOf120() {
        runEvery5SecondsFor(Duration.ofMinutes(10));

        // at 0, 10, 30, 70, 150 s, then every 2 min: 270, 390, 510 s, plus the rounding up to the 5 s rhythm
        assertThat(tries.get()).isBetween(7, 11);
        assertThat(backoff.isWaiting("outbox-delivery")).isTrue();
    }

    @Test
    void theJobRunsAgainByItselfOnceTheDatabaseIsBackAndItsNextTryCame() {
        runEvery5SecondsFor(Duration.ofMinutes(10));
        databaseDown.set(false);

        runEvery5SecondsFor(Duration.ofMinutes(2));

        assertThat(backoff.isWaiting("outbox-delivery")).isFalse();
        int afterRecovery = tries.get();
        runEvery5SecondsFor(Duration.ofMinutes(1));
        assertThat(tries.get() - afterRecovery).as("back to every 5 seconds").isEqualTo(12);
    }

    @Test
    void eachJobBacksOffOnItsOwn() {
        runEvery5SecondsFor(Duration.ofMinutes(1));
        AtomicInteger other = new AtomicInteger();

        assertThat(backoff.run("deadline-watch", other::incrementAndGet)).isTrue();
        assertThat(other.get()).isEqualTo(1);
        assertThat(backoff.isWaiting("deadline-watch")).isFalse();
    }

    @Test
    void aFailureThatIsNotADatabaseOutageGoesOnToTheSchedulerAndDoesNotBackOff() {
        assertThatThrownBy(() -> backoff.run("outbox-delivery", () -> {
            throw new IllegalStateException("a defect");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(backoff.isWaiting("outbox-delivery")).isFalse();
    }
}
