package ma.cimr.teleservices.shared.monitoring;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jspecify.annotations.Nullable;

/**
 * Counts the SQL statements jOOQ sends on the current thread while a round trip is being handled,
 * so that a slow screen can be told apart as "many queries" or "slow code" (DD047). Only threads
 * that opened a count are counted: scheduled jobs and other requests cost nothing but a lookup.
 * A batch counts once, as it is one round trip to the database.
 */
final class QueryCounter implements ExecuteListener {

    private static final ThreadLocal<int @Nullable []> COUNT = new ThreadLocal<>();

    /** Starts counting on this thread; {@link #stop()} gives the count. */
    static void start() {
        COUNT.set(new int[1]);
    }

    /** The statements sent since {@link #start()} on this thread, and counting stops. */
    static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }

    @Override
    public void executeStart(ExecuteContext context) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
    }
}
