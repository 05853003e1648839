package ma.cimr.teleservices.security.repository;

import ma.cimr.teleservices.security.PortalUser;

import ma.cimr.teleservices.security.LockedAccount;
import ma.cimr.teleservices.security.Role;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    /** Case-insensitive, as people type their login; locked when its lock runs past {@code now}. */
    Optional<PortalUser> findByLogin(String login, Instant now);

    /** Counts a wrong password for an existing login; returns the consecutive failures, empty if no such login. */
    Optional<Integer> recordFailure(String login);

    void lockUntil(String login, Instant until);

    /** Lifts a lock and forgets the failures. */
    void unlock(long accountId);

    /** Accounts locked at {@code now}, for staff. */
    List<LockedAccount> lockedAt(Instant now);

    /** A new affiliate account with its role; returns its id. */
    long createAffiliateAccount(long affiliateId, String login, String displayName, String email, String passwordHash);

    /** A successful login: also forgets the failures before it. */
    void recordLogin(long accountId, Instant at);

    void savePreferredLocale(long accountId, String locale);

    /** The e-mail addresses of the active accounts holding the role. */
    List<String> emailsOf(Role role);

    Optional<String> emailOf(long accountId);
}
