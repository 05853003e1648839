package ma.cimr.teleservices.shared.links;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets the portal hands out once and keeps only as a SHA-256, so a copy of the database
 * opens nothing: the tokens of {@link OneTimeLinks}, and the two secrets that are not one-time
 * links but are made the same way (the handle of a password recovery, the key of a company
 * subscription's status page). 256 random bits, URL-safe.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    public static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Hex SHA-256; a null token hashes like an empty one, which no stored secret matches. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((token == null ? "" : token).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
