package ma.cimr.teleservices.shared.value;

import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/**
 * An address the portal can deliver mail to: one @, no space, a dot in the domain, at most 254
 * characters. Not every address RFC 5322 allows, but every one we can deliver; kept as typed
 * (trimmed), since the part before the @ may be case-sensitive.
 */
public record EmailAddress(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$");
    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > MAX_LENGTH || !FORMAT.matcher(trimmed).matches()) {
            throw new Refusal("validation.email");
        }
        value = trimmed;
    }

    public static EmailAddress parse(@Nullable String text) {
        return new EmailAddress(text == null ? "" : text); // the constructor refuses an empty one
    }

    /** An optional address: none when the text is null or blank. */
    public static @Nullable EmailAddress ofNullable(@Nullable String text) {
        return text == null || text.isBlank() ? null : new EmailAddress(text);
    }

    /** The text of an optional address, for the records that still carry it as a string. */
    public static @Nullable String textOf(@Nullable EmailAddress address) {
        return address == null ? null : address.value();
    }

    /** Whether the text is a deliverable address, for a form's validator. */
    public static boolean isOne(@Nullable String text) {
        try {
            parse(text);
            return true;
        } catch (Refusal refusal) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
