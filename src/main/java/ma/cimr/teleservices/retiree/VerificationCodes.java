package ma.cimr.teleservices.retiree;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A certificate's verification code: twelve characters a person reads off paper and types, so
 * none that look alike (no 0/O, 1/I/L); 60 bits, drawn from a secure random, never guessable from
 * another code. Typed with or without its dashes and spaces, in either case.
 */
public final class VerificationCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String newCode() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What was typed, as stored: letters and digits only, upper case. */
    public static String normalized(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
    }

    static String grouped(String code) {
        return code.length() != LENGTH ? code
                : code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }
}
