package ma.cimr.teleservices.account;

import ma.cimr.teleservices.account.repository.AccountRepository;
import ma.cimr.teleservices.security.PortalUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Moves a password to the current hash (Argon2id, DD007) the moment its owner proves it: Spring
 * Security calls this after a successful sign-in whose stored hash is older (bcrypt, which read
 * only 72 bytes). No password is ever kept to do it later, so only a sign-in can do it.
 */
@Component
class PasswordRehashing implements UserDetailsPasswordService {

    private final AccountRepository accounts;
    private final Clock clock;

    PasswordRehashing(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, @Nullable String newPasswordHash) {
        // Spring's contract allows no new hash: then there is nothing to store
        if (!(user instanceof PortalUser portalUser) || newPasswordHash == null) {
            return user;
        }
        accounts.rehashPassword(portalUser.accountId().value(), newPasswordHash);
        return accounts.findByLogin(portalUser.login(), clock.instant()).orElse(portalUser);
    }
}
