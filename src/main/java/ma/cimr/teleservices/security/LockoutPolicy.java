package ma.cimr.teleservices.security;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an account stays locked after repeated wrong passwords: nothing for the first four,
 * then one minute, doubling with each further failure up to a quarter of an hour; failures are
 * forgotten after an hour without one. A person who mistypes gets a short pause. A script trying
 * passwords is held back by the per-address rate limit of the sign-in form first; the lock is
 * short so that a stranger who knows a login cannot keep its owner out for long, and the owner is
 * told by e-mail when it starts (issue 10: five tries locked an affiliate out for a day before).
 */
public final class LockoutPolicy {

    public static final int FREE_ATTEMPTS = 4;
    /** Failures older than this, counted from the last one, no longer count. */
    public static final Duration FAILURE_MEMORY = Duration.ofHours(1);
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

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

    /** The failure that locks the account for the first time in a series: the moment to tell its owner. */
    public static boolean startsALock(int failures) {
        return failures == FREE_ATTEMPTS + 1;
    }
}
