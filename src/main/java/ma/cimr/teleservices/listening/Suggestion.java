package ma.cimr.teleservices.listening;

import ma.cimr.teleservices.shell.Space;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One suggestion of the box, as staff read it: where it came from, what it says, who handled it. */
public record Suggestion(long id, Instant receivedAt, Space space, SuggestionCategory category, String text,
                         @Nullable String contact, SuggestionStatus status, @Nullable String handledBy,
                         @Nullable Instant handledAt) {
}
