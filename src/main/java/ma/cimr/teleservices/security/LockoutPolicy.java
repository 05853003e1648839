package ma.cimr.teleservices.security;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an account stays locked after repeated wrong passwords: nothing for the first four,
 * then one minute, doubling with each further failure up to a day. A person who mistypes gets a
 * short pause; a script trying passwords gets a day per attempt soon.
 */
public final class LockoutPolicy {

    public static final int FREE_ATTEMPTS = 4;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofDays(1);

    private LockoutPolicy() {
    }

    /** When the account unlocks after its {@code failures}-th consecutive failure, or null if it stays open. */
    public static @Nullable Instant lockedUntil(int failures, Instant now) {
        if (failures <= FREE_ATTEMPTS) {
            return null;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS - 1, 20);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
    }
}
