package ma.cimr.teleservices.notification;

import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.value.EmailAddress;
import ma.cimr.teleservices.shared.value.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * Checks and normalises where a message goes. Each method returns the normalised value or throws
 * {@link IllegalArgumentException} saying what is wrong (for developers and logs: a form shows its
 * own translated message). The formats themselves are {@link EmailAddress} and {@link PhoneNumber}'s;
 * here a bad address is a caller's defect, not a user's refusal.
 */
public final class Recipients {

    private Recipients() {
    }

    /** The address, trimmed. */
    public static String emailAddress(@Nullable String address) {
        String trimmed = notBlank(address, "e-mail address").strip();
        try {
            return EmailAddress.parse(trimmed).value();
        } catch (Refusal refusal) {
            throw new IllegalArgumentException("Not an e-mail address: \"" + trimmed + "\"");
        }
    }

    /** The number in E.164, as {@link PhoneNumber} reads it. */
    public static String phoneNumber(@Nullable String number) {
        String original = notBlank(number, "phone number").strip();
        try {
            return PhoneNumber.parse(original).value();
        } catch (Refusal refusal) {
            throw new IllegalArgumentException("Not a phone number (a Moroccan number such as 06 12 34 56 78, "
                    + "or an international one starting with + or 00): \"" + original + "\"");
        }
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
