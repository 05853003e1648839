package ma.cimr.teleservices.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Longer than the fund's historical 5–10 characters, and never one of the passwords everybody tries. */
class PasswordPolicyTest {

    @Test
    void twelveCharactersAtLeastAndUpTo128() {
        assertThat(PasswordPolicy.problem("Xk9#mP2$vL7", "user")).contains("password.tooShort");
        assertThat(PasswordPolicy.problem("Xk9#mP2$vL7q", "user")).isEmpty();
        assertThat(PasswordPolicy.problem("a".repeat(64).replace('a', 'x') + "Zq9-long-and-fine", "user")).isEmpty();
        assertThat(PasswordPolicy.problem("z".repeat(129), "user")).contains("password.tooLong");
    }

    @Test
    void aPassphraseWithSpacesAndAccentsIsWelcome() {
        assertThat(PasswordPolicy.problem("le thé à la menthe de Fès", "user")).isEmpty();
        assertThat(PasswordPolicy.problem("كلمة سر طويلة جدا", "user")).isEmpty();
    }

    @Test
    void commonPasswordsAreRefusedEvenWithDigitsAtTheEnd() {
        assertThat(PasswordPolicy.problem("password1234", "user")).contains("password.common");
        assertThat(PasswordPolicy.problem("Casablanca2024!", "user")).contains("password.common");
        assertThat(PasswordPolicy.problem("AZERTYUIOP123", "user")).contains("password.common");
        assertThat(PasswordPolicy.problem("qwertyuiop123", "user")).contains("password.common");
    }

    @Test
    void theLoginIsNotAPassword() {
        assertThat(PasswordPolicy.problem("atlas.declaration-2026", "atlas.declaration")).contains("password.containsLogin");
    }

    @Test
    void lockoutGrowsFromOneMinuteToAQuarterOfAnHour() {
        var now = java.time.Instant.parse("2026-11-22T10:00:00Z");
        assertThat(LockoutPolicy.lockedUntil(4, now)).isNull();
        assertThat(LockoutPolicy.lockedUntil(5, now)).isEqualTo(now.plusSeconds(60));
        assertThat(LockoutPolicy.lockedUntil(6, now)).isEqualTo(now.plusSeconds(120));
        assertThat(LockoutPolicy.lockedUntil(8, now)).isEqualTo(now.plusSeconds(60 * 8));
        assertThat(LockoutPolicy.lockedUntil(9, now)).isEqualTo(now.plusSeconds(60 * 15));
        assertThat(LockoutPolicy.lockedUntil(1_000, now)).as("never more than a quarter of an hour")
                .isEqualTo(now.plusSeconds(60 * 15));
    }
}
