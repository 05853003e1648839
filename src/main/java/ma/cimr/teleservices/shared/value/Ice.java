package ma.cimr.teleservices.shared.value;

import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * A company's common identifier (Identifiant Commun de l'Entreprise): 15 digits, the company (9),
 * its establishment (4) and a two-digit key that makes the whole number a multiple of 97, so a
 * mistyped or swapped digit is caught before an application is stored under another company's
 * identifier (the check python-stdnum's {@code stdnum.ma.ice} applies). Typed spaces are dropped.
 * The one definition: the membership application and the member company go through it.
 */
public record Ice(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{15}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public Ice {
        String digits = value == null ? "" : value.replaceAll("[\\s.-]", "");
        if (!FORMAT.matcher(digits).matches()) {
            throw new Refusal("validation.ice.format");
        }
        if (new BigInteger(digits).mod(NINETY_SEVEN).signum() != 0) {
            throw new Refusal("validation.ice.key");
        }
        value = digits;
    }

    public static Ice parse(@Nullable String text) {
        return new Ice(text == null ? "" : text); // the constructor refuses an empty one
    }

    /** Whether the text is an ICE with the right key, for a form's validator (the service parses it again). */
    public static boolean isOne(@Nullable String text) {
        try {
            parse(text);
            return true;
        } catch (Refusal refused) {
            return false;
        }
    }

    /** The ICE of the company and establishment given, with its key computed: for demo data and tests. */
    public static Ice withKey(String firstThirteenDigits) {
        int remainder = new BigInteger(firstThirteenDigits + "00").mod(NINETY_SEVEN).intValue();
        return new Ice(firstThirteenDigits + String.format("%02d", (97 - remainder) % 97));
    }

    @Override
    public String toString() {
        return value;
    }
}
