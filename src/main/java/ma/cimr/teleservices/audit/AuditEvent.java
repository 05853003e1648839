package ma.cimr.teleservices.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One line of the audit trail: who did what, when, to what, and from where. */
public record AuditEvent(long id, Instant occurredAt, String actor, String action, @Nullable String target,
                         @Nullable String details, @Nullable String sourceAddress) {
}
