package ma.cimr.teleservices.shared.value;

import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way the identifiers read typed text: trimmed, letters in capitals, then matched whole, or
 * refused with the identifier's own translation key. Kept apart so each record states only its pattern.
 */
final class Texts {

    private Texts() {
    }

    static String matching(@Nullable String typed, Pattern pattern, String refusalKey) {
        String text = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (!pattern.matcher(text).matches()) {
            throw new Refusal(refusalKey);
        }
        return text;
    }

    static boolean matches(@Nullable String typed, Pattern pattern) {
        return typed != null && pattern.matcher(typed.strip().toUpperCase(Locale.ROOT)).matches();
    }
}
