package ma.cimr.teleservices.account.repository;

import ma.cimr.teleservices.account.CompanyLogin;
import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.account.ManagedAccount;
import ma.cimr.teleservices.security.Role;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A company's logins, read and changed for its user administrator: the only repository that
 * reads or writes company logins in {@code user_account} (DD020). Every query of the company's
 * logins takes the company.
 */
public interface CompanyAccountRepository {

    Optional<ManagedAccount> find(long accountId);

    /**
     * The company's user administrators and téléservice users, by téléservice then login; dormant
     * when usable and neither used nor created since {@code dormantBefore}.
     */
    List<CompanyLogin> findByCompany(long companyId, Instant dormantBefore);

    /** One login of the company (case-insensitive), empty if it is not the company's. */
    Optional<CompanyLogin> findInCompany(long companyId, String login, Instant dormantBefore);

    /** The account's id if the login belongs to the company (case-insensitive), empty otherwise. */
    Optional<Long> idInCompany(long companyId, String login);

    /**
     * The company's logins of the same person as this one: the login itself and every other one
     * with the same proven e-mail address (DD013). By login.
     */
    List<CompanyLogin> samePerson(long companyId, long accountId, Instant dormantBefore);

    /** The company's user administrators whose account is active, other than the excluded ones. */
    int activeAdministratorsExcept(long companyId, List<Long> excludedAccountIds);

    /** Active logins of the company holding the E@sypaiement validator role. */
    int activeValidators(long companyId);

    void setStatus(long accountId, AccountStatus status);

    /** No password can match any more, the lock and its failures are forgotten. */
    void clearPassword(long accountId);

    void rename(long accountId, String displayName);

    /** For a login whose address was never proven: the activation link to come proves the new one. */
    void replaceUnconfirmedEmail(long accountId, String email);

    void replaceRoles(long accountId, Set<Role> roles);

    /** Another user administrator of the company, waiting for activation; returns its id. */
    long createPendingDelegate(long companyId, String login, String displayName, String email);
}
