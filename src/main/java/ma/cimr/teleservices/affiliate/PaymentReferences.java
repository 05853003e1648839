package ma.cimr.teleservices.affiliate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reference an affiliate quotes on the transfer that pays their buy-back (DD040): {@code RA},
 * the buy-back's number on 8 digits and a 2-digit key, so that a digit mistyped or two swapped make
 * a reference that is nobody's instead of someone else's (97 − the number × 100 mod 97, as RIB keys
 * are computed). Banks pass the payer's text as typed: spaces, dashes and case do not count.
 */
final class PaymentReferences {

    /** RA and ten digits, wherever they stand, overlapping ones included. */
    private static final Pattern CANDIDATE = Pattern.compile("(?=(RA\\d{10}))");

    private PaymentReferences() {
    }

    static String of(long number) {
        if (number <= 0 || number > 99_999_999L) {
            throw new IllegalArgumentException("A buy-back number has 1 to 8 digits: " + number);
        }
        return "RA%08d%02d".formatted(number, key(number));
    }

    /**
     * The reference the payer meant, found in what they wrote ("Rachat RA 00000001-58"): the first
     * {@code RA} and ten digits whose key is right; empty when there is none.
     */
    static Optional<String> read(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String plain = written.replaceAll("[\\s\\-./]", "").toUpperCase(Locale.ROOT);
        var matcher = CANDIDATE.matcher(plain);
        int from = 0;
        while (matcher.find(from)) {
            String candidate = matcher.group(1);
            if (Integer.parseInt(candidate.substring(10)) == key(Long.parseLong(candidate.substring(2, 10)))) {
                return Optional.of(candidate);
            }
            from = matcher.start() + 1;
        }
        return Optional.empty();
    }

    private static int key(long number) {
        return (int) (97 - (number * 100) % 97);
    }
}
