package ma.cimr.teleservices.bank;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What the banks' formats accept in names and identifiers. Identifiers are ours and must fit as they
 * are; names and labels are people's and are cut to the field's length rather than refused, since a
 * pension is not to be held up by a long surname.
 */
final class BankTexts {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]{1,35}");

    private BankTexts() {
    }

    static void requireIdentifier(String id, String what) {
        if (id == null || !IDENTIFIER.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " must be 1 to 35 plain characters: " + id);
        }
    }

    /** Trimmed, at most {@code max} characters, never empty (the schema asks for at least one). */
    static String field(String text, int max) {
        String plain = text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (plain.isEmpty()) {
            return "-";
        }
        return plain.length() <= max ? plain : plain.substring(0, max);
    }
}
