package ma.cimr.teleservices.liquidation;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A step of a claim's timeline. */
public record ClaimEvent(Instant at, ClaimEventKind kind, String actor, @Nullable String message) {
}
