package ma.cimr.teleservices.shared.value;

import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/**
 * A national identity card number (CIN): one or two letters, then up to six digits, e.g. BE123456.
 * The one definition of that format: forms, services and the affiliate and retiree columns (the
 * tables' check constraints say the same) all go through this record.
 */
public record Cin(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{1,2}[0-9]{1,6}");

    /** Typed text, trimmed and in capitals ("be123456 " is BE123456), or a refusal. */
    public Cin {
        value = Texts.matching(value, FORMAT, "validation.cin");
    }

    public static Cin parse(@Nullable String text) {
        return new Cin(text == null ? "" : text); // the constructor refuses an empty one
    }

    /** Whether the text is one, for a form's validator (the service parses it again). */
    public static boolean isOne(@Nullable String text) {
        return Texts.matches(text, FORMAT);
    }

    @Override
    public String toString() {
        return value;
    }
}
