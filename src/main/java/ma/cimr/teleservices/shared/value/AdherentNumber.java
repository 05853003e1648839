package ma.cimr.teleservices.shared.value;

import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/** A member company's adherent number: six digits. The one definition of that format. */
public record AdherentNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{6}");

    public AdherentNumber {
        value = Texts.matching(value, FORMAT, "delegateSubscription.error.adherentNumber");
    }

    public static AdherentNumber parse(@Nullable String text) {
        return new AdherentNumber(text == null ? "" : text); // the constructor refuses an empty one
    }

    /** Whether the text is an adherent number, for a search box that tries several kinds of key. */
    public static boolean isOne(@Nullable String text) {
        return Texts.matches(text, FORMAT);
    }

    @Override
    public String toString() {
        return value;
    }
}
