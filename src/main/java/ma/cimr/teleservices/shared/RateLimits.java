package ma.cimr.teleservices.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How often one client may knock at a door that costs the fund something: a password check
 * (Argon2 is slow on purpose), an e-mail or SMS sent to an address typed by a stranger, a secret
 * guessed. One token bucket per door and client address (the address Tomcat resolved from a
 * trusted proxy), refilled at the end of each period; in memory, per instance, bounded in size.
 *
 * <p>Only web clients are limited: a job or a test calling a service outside any HTTP request
 * is not a client. Each door's limit is a setting, {@code portal.rate-limits.<door>=<count>/<ISO
 * duration>} (e.g. {@code portal.rate-limits.sign-in=30/PT1M}).
 */
@Component
public class RateLimits {

    /** The doors, with their default limit per client address. */
    public enum Door {
        SIGN_IN(30, Duration.ofMinutes(1)),
        PASSWORD_RECOVERY(5, Duration.ofMinutes(10)),
        LOGIN_REMINDER(5, Duration.ofMinutes(10)),
        FOLLOW_REQUEST(20, Duration.ofMinutes(10)),
        ANONYMOUS_REQUEST(5, Duration.ofHours(1)),
        ENROLMENT(5, Duration.ofHours(1)),
        COMPANY_SUBSCRIPTION(5, Duration.ofHours(1)),
        MEMBERSHIP_APPLICATION(5, Duration.ofHours(1)),
        // the suggestion box (DD042): open to anyone, so a script cannot fill it
        SUGGESTION(5, Duration.ofHours(1)),
        // right passwords count too: room for a delegate creating a dozen logins, while five wrong ones lock
        PASSWORD_CONFIRMATION(20, Duration.ofMinutes(15));

        private final int count;
        private final Duration period;

        Door(int count, Duration period) {
            this.count = count;
            this.period = period;
        }

        String property() {
            return "portal.rate-limits." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A limit: so many knocks per period, given back all at once when the period is over. */
    public record Limit(int count, Duration period) {
        static Limit parse(String text) {
            int slash = text.indexOf('/');
            return new Limit(Integer.parseInt(text.substring(0, slash).trim()), Duration.parse(text.substring(slash + 1).trim()));
        }
    }

    private static final int MAX_TRACKED = 100_000;

    private final Map<Door, Limit> limits = new EnumMap<>(Door.class);
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_TRACKED;
        }
    });

    private final TimeMeter time;

    RateLimits(Environment environment, Clock clock) {
        // the application's clock, not the machine's: a period is the same period in every test,
        // however slow the machine, and a test moves time instead of waiting for it
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        for (Door door : Door.values()) {
            String configured = environment.getProperty(door.property());
            limits.put(door, configured == null ? new Limit(door.count, door.period) : Limit.parse(configured));
        }
    }

    public Limit limitOf(Door door) {
        Limit limit = limits.get(door);
        if (limit == null) {
            // the constructor puts a limit for every door
            throw new IllegalStateException("no limit for " + door);
        }
        return limit;
    }

    /** Takes one knock for this client at this door; false when the client has used them all for now. */
    public boolean tryKnock(Door door, String clientAddress) {
        return buckets.computeIfAbsent(door + " " + clientAddress, key -> newBucket(limitOf(door))).tryConsume(1);
    }

    /**
     * For services: the client of the current web request knocks, and is refused with a
     * {@link Refusal} ({@code rateLimit.exceeded}) past the limit. Outside a web request, nothing.
     */
    public void knock(Door door) {
        String client = currentClientAddress();
        if (client != null && !tryKnock(door, client)) {
            throw new Refusal("rateLimit.exceeded");
        }
    }

    /** The address of the client of the current web request, as resolved from a trusted proxy; null outside one. */
    public static @Nullable String currentClientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private Bucket newBucket(Limit limit) {
        return Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder().capacity(limit.count()).refillIntervally(limit.count(), limit.period()).build())
                .build();
    }
}
