package ma.cimr.teleservices.account;

import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.account.repository.AccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Instant;

import static ma.cimr.teleservices.DemoLogins.*;
import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class AccountRepositoryTest {

    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void findsAnAccountWhateverTheCaseWithItsLinksAndRoles() {
        PortalUser validator = accounts.findByLogin("Atlas.Validateur", Instant.now()).orElseThrow();
        assertThat(validator.login()).isEqualTo(ATLAS_VALIDATOR);
        assertThat(validator.kind()).isEqualTo(AccountKind.COMPANY_USER);
        assertThat(validator.companyId()).isNotNull();
        assertThat(validator.affiliateId()).isNull();
        assertThat(validator.roles()).containsExactly(Role.PAYMENT_VALIDATOR);
        assertThat(validator.isEnabled()).isTrue();

        PortalUser supervisor = accounts.findByLogin(SUPERVISOR, Instant.now()).orElseThrow();
        assertThat(supervisor.roles()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.AGENT);
    }

    @Test
    void passwordsAreStoredAsHashesOnlyArgon2OrTheBcryptOfBeforeIt() {
        PortalUser retiree = accounts.findByLogin(RETIREE, Instant.now()).orElseThrow();
        // bcrypt until its owner's next sign-in (the demo data, DD007), Argon2id after
        assertThat(retiree.getPassword()).matches("^(\\{argon2}\\$argon2id\\$|(\\{bcrypt})?\\$2a\\$10\\$).+")
                .doesNotContain(PASSWORD);
        assertThat(passwords.matches(PASSWORD, retiree.getPassword())).isTrue();
    }

    @Test
    void anUnknownLoginFindsNothing() {
        assertThat(accounts.findByLogin("nobody", Instant.now())).isEmpty();
    }
}
