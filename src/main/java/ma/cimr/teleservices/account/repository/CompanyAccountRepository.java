package ma.cimr.teleservices.account.repository;

import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.account.ManagedAccount;
import ma.cimr.teleservices.security.Role;

import java.util.Optional;
import java.util.Set;

/** The changes a company's user administrator makes to its logins. */
public interface CompanyAccountRepository {

    Optional<ManagedAccount> find(long accountId);

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
