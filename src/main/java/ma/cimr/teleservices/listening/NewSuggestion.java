package ma.cimr.teleservices.listening;

import org.jspecify.annotations.Nullable;

/** A suggestion as its author typed it; the contact (an e-mail address or a phone number) is optional. */
public record NewSuggestion(@Nullable SuggestionCategory category, @Nullable String text, @Nullable String contact) {
}
