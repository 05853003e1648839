package ma.cimr.teleservices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A clock that stands still until a test moves it. To the millisecond, so that its times come
 * back unchanged from PostgreSQL (which keeps microseconds).
 */
public final class TestClock extends Clock {

    private volatile Instant now;

    /** Starts at the current time. */
    public TestClock() {
        this(Instant.now());
    }

    public TestClock(Instant start) {
        now = start.truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public Instant instant() {
        return now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Back to a time saved before, when a test that moved the clock ends. */
    public void set(Instant instant) {
        now = instant.truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock has one zone");
    }
}
