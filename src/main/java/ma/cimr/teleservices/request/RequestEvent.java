package ma.cimr.teleservices.request;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A line of a request's timeline. */
public record RequestEvent(Instant occurredAt, EventKind kind, String actor, @Nullable String message,
                           @Nullable LocalDate dueDate) {
}
