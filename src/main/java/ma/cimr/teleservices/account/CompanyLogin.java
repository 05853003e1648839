package ma.cimr.teleservices.account;

import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Teleservice;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;

/**
 * A login of a company as the company's user administrator reviews it, read by the one owner of
 * logins (this package) so that the console never reads {@code user_account} itself (DD020).
 * Never carries a password. No téléservice: one of the company's user administrators.
 * {@code dormant}: usable, and neither used nor created since the instant the caller gave.
 */
public record CompanyLogin(long id, String login, String displayName, @Nullable String email, boolean emailConfirmed,
                           @Nullable Teleservice teleservice, Set<Role> roles, AccountStatus status, Instant createdAt,
                           @Nullable Instant lastLoginAt, @Nullable Instant lockedUntil, boolean dormant) {
}
