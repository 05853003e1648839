package ma.cimr.teleservices.shared.value;

import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/**
 * A phone number, held in E.164 (+212612345678): the one reading of what people type, for the
 * subscription form and the SMS outbox alike. A Moroccan national number gets the country code:
 * "06 12 34 56 78", "06.12.34.56.78", "+212 (0)6 12 34 56 78" and "00212 6 12 34 56 78" are all
 * +212612345678. Any other country needs its international form (+ or 00).
 */
public record PhoneNumber(String value) {

    private static final String MOROCCO = "+212";
    /** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{7,14}$");
    /** A Moroccan number dialled nationally: 0 then 9 digits (05 fixed, 06 and 07 mobile, 08 ...). */
    private static final Pattern MOROCCAN_NATIONAL = Pattern.compile("^0[5-8][0-9]{8}$");
    /** What people write between the digits: spaces (also non-breaking), dots, dashes, parentheses. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0.()\\-]");

    public PhoneNumber {
        value = normalised(value == null ? "" : value.strip());
    }

    public static PhoneNumber parse(@Nullable String text) {
        return new PhoneNumber(text == null ? "" : text); // the constructor refuses an empty one
    }

    /** An optional number: none when the text is null or blank. */
    public static @Nullable PhoneNumber ofNullable(@Nullable String text) {
        return text == null || text.isBlank() ? null : new PhoneNumber(text);
    }

    /** An optional number as dialled ({@link #dialled()}), for the records that carry it as a string. */
    public static @Nullable String dialledOf(@Nullable PhoneNumber number) {
        return number == null ? null : number.dialled();
    }

    private static String normalised(String typed) {
        String compact = SEPARATORS.matcher(typed).replaceAll("");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        if (MOROCCAN_NATIONAL.matcher(compact).matches()) {
            compact = MOROCCO + compact.substring(1);
        } else if (compact.startsWith(MOROCCO + "0") && compact.length() == 14) {
            compact = MOROCCO + compact.substring(5); // the national 0 kept after the country code
        }
        if (!E164.matcher(compact).matches() || (compact.startsWith(MOROCCO) && compact.length() != 13)) {
            throw new Refusal("validation.phone");
        }
        return compact;
    }

    public boolean isMoroccan() {
        return value.startsWith(MOROCCO);
    }

    /** As dialled in Morocco: 0 and nine digits for a Moroccan number (0612345678), E.164 otherwise. */
    public String dialled() {
        return isMoroccan() ? "0" + value.substring(MOROCCO.length()) : value;
    }

    /** A Moroccan number in pairs, as Moroccans read them (06 12 34 56 78); E.164 otherwise. */
    public String displayed() {
        if (!isMoroccan()) {
            return value;
        }
        String national = dialled();
        StringBuilder out = new StringBuilder(14);
        for (int i = 0; i < national.length(); i += 2) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(national, i, i + 2);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
