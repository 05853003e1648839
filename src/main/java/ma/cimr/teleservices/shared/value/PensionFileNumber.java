package ma.cimr.teleservices.shared.value;

import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/** A retiree's pension file number (N° DP): DP and seven digits, e.g. DP0000001. */
public record PensionFileNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("DP[0-9]{7}");

    public PensionFileNumber {
        value = Texts.matching(value, FORMAT, "validation.pensionFileNumber");
    }

    public static PensionFileNumber parse(@Nullable String text) {
        return new PensionFileNumber(text == null ? "" : text); // the constructor refuses an empty one
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
