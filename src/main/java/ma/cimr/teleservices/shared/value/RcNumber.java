package ma.cimr.teleservices.shared.value;

import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/**
 * A company's trade register number (registre de commerce): 1 to 7 digits, never all zeros, as the
 * company table has always checked it (leading zeros dropped: "012345" is 12345). It carries no
 * key, so the membership application checks it against the members' numbers rather than in itself.
 * The one definition: the subscription form, the membership application and the member company.
 */
public record RcNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{1,7}");

    public RcNumber {
        String digits = Texts.matching(value == null ? null : value.replaceAll("\\s", ""), FORMAT, "validation.rc");
        String stripped = digits.replaceFirst("^0+", "");
        if (stripped.isEmpty()) {
            throw new Refusal("validation.rc");
        }
        value = stripped;
    }

    public static RcNumber parse(@Nullable String text) {
        return new RcNumber(text == null ? "" : text); // the constructor refuses an empty one
    }

    /** Whether the text is one, for a form's validator (the service parses it again). */
    public static boolean isOne(@Nullable String text) {
        try {
            parse(text);
            return true;
        } catch (Refusal refused) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
