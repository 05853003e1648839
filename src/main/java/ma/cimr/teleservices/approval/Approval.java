package ma.cimr.teleservices.approval;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;

/**
 * A staff action proposed by one person and waiting for, or decided by, a second one (DD025).
 *
 * @param action  the code of the feature's action, e.g. {@code DELEGATE_LETTER}
 * @param subject what it acts on, as the feature names it (a request or subscription reference)
 * @param change  the proposed change as the proposer saw it, in order: names are translated by
 *                {@code approval.change.<name>}; the value of {@code kind} is itself a translation key
 */
public record Approval(long id, String action, String subject, Map<String, String> change, String proposedBy,
                       Instant proposedAt, @Nullable Decision decision, @Nullable String decidedBy,
                       @Nullable Instant decidedAt, @Nullable String reason) {

    public Approval {
        change = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(change));
    }

    public boolean pending() {
        return decision == null;
    }

    /** One value of the proposed change; a feature reads back what it proposed. */
    public String value(String name) {
        String value = change.get(name);
        if (value == null) {
            throw new IllegalStateException("approval " + id + " has no " + name);
        }
        return value;
    }
}
