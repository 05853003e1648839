package ma.cimr.teleservices.notification;

import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/**
 * Checks and normalises where a message goes. Each method returns the normalised value or throws
 * {@link IllegalArgumentException} saying what is wrong (for developers and logs: a form shows its
 * own translated message).
 */
public final class Recipients {

    /** One @, no space, a dot in the domain; not every address RFC 5322 allows, but every one we can deliver. */
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$");
    /** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{7,14}$");
    /** A Moroccan number dialled nationally: 0 then 9 digits (05 fixed, 06 and 07 mobile, 08 ...). */
    private static final Pattern MOROCCAN_NATIONAL = Pattern.compile("^0[5-8][0-9]{8}$");
    /** Written separators people put in phone numbers: spaces (also non-breaking), dots, dashes, parentheses. */
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\u00a0.()\\-]");
    private static final int MAX_EMAIL_LENGTH = 254;

    private Recipients() {
    }

    /** The address, trimmed. */
    public static String emailAddress(@Nullable String address) {
        String trimmed = notBlank(address, "e-mail address").strip();
        if (trimmed.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("Not an e-mail address: \"" + trimmed + "\"");
        }
        return trimmed;
    }

    /**
     * The number in E.164. A Moroccan national number gets the country code: "06 12 34 56 78" is
     * "+212612345678"; so does "+212 (0)6 12 34 56 78" or "00212 6 12 34 56 78". Any other country
     * needs its international form (+ or 00).
     */
    public static String phoneNumber(@Nullable String number) {
        String original = notBlank(number, "phone number").strip();
        String compact = PHONE_SEPARATORS.matcher(original).replaceAll("");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        if (MOROCCAN_NATIONAL.matcher(compact).matches()) {
            compact = "+212" + compact.substring(1);
        } else if (compact.startsWith("+2120") && compact.length() == 14) {
            compact = "+212" + compact.substring(5); // the national 0 kept after the country code
        }
        if (!E164.matcher(compact).matches()) {
            throw new IllegalArgumentException("Not a phone number (a Moroccan number such as 06 12 34 56 78, "
                    + "or an international one starting with + or 00): \"" + original + "\"");
        }
        if (compact.startsWith("+212") && compact.length() != 13) {
            throw new IllegalArgumentException("A Moroccan number has 9 digits after +212: \"" + original + "\"");
        }
        return compact;
    }

    static String notBlank(@Nullable String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is blank");
        }
        return value;
    }

    /** For a subject: one line (a line break would let the text forge mail headers). */
    static String oneLine(@Nullable String value, String what) {
        String text = notBlank(value, what).strip();
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("The " + what + " must be one line: \"" + text + "\"");
        }
        return text;
    }
}
