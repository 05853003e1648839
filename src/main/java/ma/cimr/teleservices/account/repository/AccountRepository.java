package ma.cimr.teleservices.account.repository;

import ma.cimr.teleservices.security.PortalUser;

import ma.cimr.teleservices.account.LockedAccount;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Teleservice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface AccountRepository {

    /** Case-insensitive, as people type their login; locked when its lock runs past {@code now}. */
    Optional<PortalUser> findByLogin(String login, Instant now);

    /**
     * Counts a wrong password for an existing login, starting again from one when the previous
     * failure is older than {@code memory}; returns the failures counted, empty if no such login.
     */
    Optional<Integer> recordFailure(String login, Instant at, java.time.Duration memory);

    void lockUntil(String login, Instant until);

    /** Lifts a lock and forgets the failures. */
    void unlock(long accountId);

    /**
     * A right password typed again by a signed-in person forgets the failures before it, as a
     * sign-in does; writes (and locks the row) only when there were some.
     */
    void forgetFailures(String login);

    /** Accounts locked at {@code now}, for staff. */
    List<LockedAccount> lockedAt(Instant now);

    boolean loginExists(String login);

    /** A company login waiting for activation (no usable password yet); returns its id. */
    long createPendingCompanyUser(long companyId, String login, String displayName, String email,
                                  Teleservice teleservice, Set<Role> roles);

    /** The login of a company account still waiting for its user to choose a password. */
    Optional<String> pendingLogin(long accountId);

    /** Sets the password the user chose through their activation link: the account becomes active. */
    void activate(long accountId, String passwordHash, Instant at);

    /** A company's user administrator, active, with the DELEGATE role; returns its id. */
    long createDelegateAccount(long companyId, String login, String displayName, String email, String passwordHash);

    /** A new affiliate account with its role; returns its id. */
    long createAffiliateAccount(long affiliateId, String login, String displayName, String email, String passwordHash);

    /** A new retiree account with its role; returns its id. */
    long createRetireeAccount(long retireeId, String login, String displayName, String email, String passwordHash);

    /** A successful login: also forgets the failures before it. */
    void recordLogin(long accountId, Instant at);

    void savePreferredLocale(long accountId, String locale);

    /** The e-mail addresses of the active accounts holding the role. */
    List<String> emailsOf(Role role);

    Optional<String> emailOf(long accountId);

    /** Replaces a password's hash by a stronger one of the same password (re-hashing at sign-in). */
    void rehashPassword(long accountId, String passwordHash);

    /** The proven address of a login and its language, to tell its owner what happened to it. */
    Optional<OwnerAddress> provenAddressOf(String login);

    record OwnerAddress(String email, @org.jspecify.annotations.Nullable String preferredLocale) {
    }

    /** The version of what can hand over an account (password, status, roles), bumped by the database (V23). */
    Optional<Long> credentialsVersion(long accountId);
}
