package ma.cimr.teleservices.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Passwords stronger than the fund's historical 5–10 alphanumeric characters, as current guidance
 * (NIST SP 800-63B) asks: at least 12 characters, up to 128 (any character, spaces included), not
 * a commonly used password, not the login itself. No composition rules: length beats them.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The translation key of what is wrong with the password, or empty when it is acceptable. */
    public static Optional<String> problem(String password, String login) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String normalized = normalize(password);
        if (COMMON.contains(normalized) || COMMON.contains(normalized.replaceAll("[0-9!.]+$", ""))) {
            return Optional.of("password.common");
        }
        if (normalized.contains(normalize(login))) {
            return Optional.of("password.containsLogin");
        }
        return Optional.empty();
    }

    private static String normalize(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        var stream = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt");
        if (stream == null) {
            throw new IllegalStateException("missing security/common-passwords.txt");
        }
        Set<String> common = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordPolicy::normalize).forEach(common::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return common;
    }
}
