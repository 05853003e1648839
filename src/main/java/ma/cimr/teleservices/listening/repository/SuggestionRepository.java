package ma.cimr.teleservices.listening.repository;

import ma.cimr.teleservices.listening.Suggestion;
import ma.cimr.teleservices.listening.SuggestionCategory;
import ma.cimr.teleservices.listening.SuggestionStatus;
import ma.cimr.teleservices.shell.Space;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The suggestion box. */
public interface SuggestionRepository {

    long insert(Instant receivedAt, Space space, SuggestionCategory category, String text, @Nullable String contact);

    /** The suggestions in these statuses, the newest first, at most {@code limit}. */
    List<Suggestion> inStatus(List<SuggestionStatus> statuses, int limit);

    Optional<Suggestion> find(long id);

    /** Moves a suggestion on; false when it was not in {@code from} (someone else moved it first). */
    boolean move(long id, SuggestionStatus from, SuggestionStatus to, String by, Instant at);

    Map<SuggestionStatus, Integer> countPerStatus(Instant from, Instant to);
}
