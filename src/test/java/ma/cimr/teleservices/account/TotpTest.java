package ma.cimr.teleservices.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The codes match the RFC's own test vectors, so any authenticator application agrees with them. */
class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "at {0}s the 8-digit code is {1}")
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void theCodesAreThoseOfRfc6238ForSha1(long seconds, String expected) {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(seconds)), 8)).isEqualTo(expected);
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(seconds))))
                .isEqualTo(expected.substring(2));
    }

    @Test
    void base32IsThatOfRfc4648AndReadsBackWhatItWrote() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        var random = new SecureRandom();
        for (int length = 0; length < 40; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertThat(Totp.fromBase32(Totp.base32(bytes).toLowerCase())).isEqualTo(bytes);
        }
    }
}
