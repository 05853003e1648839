package ma.cimr.teleservices.shared.value;

import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/**
 * A Moroccan bank account number (relevé d'identité bancaire): 24 digits, the bank (3), the city
 * (3), the account (16) and a two-digit key. The key is 97 minus the 22 other digits followed by
 * "00", modulo 97, so one mistyped digit or two swapped ones are caught before money is sent to the
 * wrong account. Typed spaces are dropped ("011 780 …" is the same RIB). The one definition: payment
 * orders, pension claims, retirees' bank changes and the bank files all go through it.
 */
public record Rib(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{24}");

    public Rib {
        String digits = value == null ? "" : withoutSeparators(value);
        if (!FORMAT.matcher(digits).matches()) {
            throw new Refusal("validation.rib.format");
        }
        if (!keyOf(digits.substring(0, 22)).equals(digits.substring(22))) {
            throw new Refusal("validation.rib.key");
        }
        value = digits;
    }

    public static Rib parse(@Nullable String text) {
        return new Rib(text == null ? "" : text); // the constructor refuses an empty one
    }

    /** Whether the text is a RIB with the right key, for a form's validator (the service parses it again). */
    public static boolean isOne(@Nullable String text) {
        try {
            parse(text);
            return true;
        } catch (Refusal refused) {
            return false;
        }
    }

    /** The RIB of the bank, city and account given, with its key computed: for demo data and tests. */
    public static Rib withKey(String firstTwentyTwoDigits) {
        return new Rib(firstTwentyTwoDigits + keyOf(firstTwentyTwoDigits));
    }

    static String keyOf(String twentyTwoDigits) {
        return twoDigits(97 - mod97(mod97(0, twentyTwoDigits), "00"));
    }

    /**
     * The remainder modulo 97 of the number {@code digits} continues, digit by digit: the pension run
     * computes one key and one IBAN per transfer, 250 000 a month, and a BigInteger and a format
     * string each time cost more than writing the transfer itself.
     */
    private static int mod97(int remainder, String digits) {
        int r = remainder;
        for (int i = 0; i < digits.length(); i++) {
            r = (r * 10 + (digits.charAt(i) - '0')) % 97;
        }
        return r;
    }

    private static String twoDigits(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    /** Typed spaces and dashes dropped; the common case (none typed) costs no copy. */
    private static String withoutSeparators(String typed) {
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isWhitespace(c) || c == '-') {
                return typed.replaceAll("[\\s-]", "");
            }
        }
        return typed;
    }

    /** The bank's three-digit code: the pension run writes one transfer file per bank. */
    public String bankCode() {
        return value.substring(0, 3);
    }

    /**
     * The IBAN of this account (MA, two check digits, the 24 digits), as ISO 20022 messages carry
     * it; its check digits follow ISO 13616 (the country letters count as 22 and 10).
     */
    public String iban() {
        // the account, then "MA" as 22 10, then 00 for the check digits themselves
        return "MA" + twoDigits(98 - mod97(mod97(0, value), "221000")) + value;
    }

    /** Grouped as printed on a bank's RIB slip: 011 780 0000123456789012 34. */
    public String grouped() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6, 22) + " "
                + value.substring(22);
    }

    @Override
    public String toString() {
        return value;
    }
}
