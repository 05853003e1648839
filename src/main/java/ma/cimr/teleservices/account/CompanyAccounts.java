package ma.cimr.teleservices.account;

import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.notification.Recipients;
import ma.cimr.teleservices.account.repository.AccountRepository;
import ma.cimr.teleservices.account.repository.CompanyAccountRepository;
import ma.cimr.teleservices.shared.links.LinkPurpose;
import ma.cimr.teleservices.shared.links.OneTimeLinks;
import ma.cimr.teleservices.shared.PortalLinks;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one owner of company logins (DD020): what a company's user administrator reads of the
 * company's logins, and what they change on them: state, name, roles, a fresh activation link, a
 * reminder of the login. The reads take the company of the signed-in administrator, never one
 * given; for the changes, the caller (the delegate's console) has checked that the account is in
 * the administrator's own company. Every change is audited under the administrator's login.
 */
@Service
public class CompanyAccounts {

    private final CompanyAccountRepository accounts;
    private final AccountRepository logins;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Outbox outbox;
    private final PortalI18NProvider i18n;
    private final PortalLinks links;
    private final OneTimeLinks oneTimeLinks;

    CompanyAccounts(CompanyAccountRepository accounts, AccountRepository logins, AuditTrail auditTrail,
                    CurrentUser currentUser, Outbox outbox, PortalI18NProvider i18n, PortalLinks links,
                    OneTimeLinks oneTimeLinks) {
        this.accounts = accounts;
        this.logins = logins;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.outbox = outbox;
        this.i18n = i18n;
        this.links = links;
        this.oneTimeLinks = oneTimeLinks;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public ManagedAccount find(long accountId) {
        return accounts.find(accountId).orElseThrow(() -> new IllegalStateException("no account " + accountId));
    }

    // --- the signed-in administrator's company ---

    /**
     * Every login of the administrator's company, closed ones included, by téléservice then login;
     * dormant when usable and neither used nor created since {@code dormantBefore}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public List<CompanyLogin> myCompanyLogins(Instant dormantBefore) {
        return accounts.findByCompany(currentUser.companyId().value(), dormantBefore);
    }

    /** One login of the administrator's company (case ignored); empty for any other login. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public Optional<CompanyLogin> myCompanyLogin(String login, Instant dormantBefore) {
        return accounts.findInCompany(currentUser.companyId().value(), login, dormantBefore);
    }

    /** The account id of a login of the administrator's company (case ignored); empty for any other login. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public Optional<Long> myCompanyAccountId(String login) {
        return accounts.idInCompany(currentUser.companyId().value(), login);
    }

    /** This login and the company's other logins with the same proven address (DD013), by login. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public List<CompanyLogin> samePerson(long accountId, Instant dormantBefore) {
        return accounts.samePerson(currentUser.companyId().value(), accountId, dormantBefore);
    }

    /** The company's active user administrators, leaving out these accounts. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public int activeAdministratorsExcept(List<Long> leaving) {
        return accounts.activeAdministratorsExcept(currentUser.companyId().value(), leaving);
    }

    /** The company's active logins holding the E@sypaiement validator role. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public int activeValidators() {
        return accounts.activeValidators(currentUser.companyId().value());
    }

    /** Whether any login of the portal, of any company, is already that one (case ignored). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public boolean loginTaken(String login) {
        return logins.loginExists(login);
    }

    /** The login stops signing in; its unused activation links die with it. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public void suspend(long accountId) {
        ManagedAccount account = find(accountId);
        if (account.status() == AccountStatus.CLOSED) {
            throw new Refusal("delegate.error.closed");
        }
        if (account.status() == AccountStatus.SUSPENDED) {
            return;
        }
        accounts.setStatus(accountId, AccountStatus.SUSPENDED);
        oneTimeLinks.revoke(LinkPurpose.ACCOUNT_ACTIVATION, accountId);
        auditTrail.record(actor(), "ACCOUNT_SUSPENDED", account.login(), account.status().name(), null);
    }

    /**
     * Back to where it was: active if its user had chosen a password, pending otherwise (the
     * administrator then resets the access to send a new link: the old one was cancelled).
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public void reactivate(long accountId) {
        ManagedAccount account = find(accountId);
        if (account.status() == AccountStatus.CLOSED) {
            throw new Refusal("delegate.error.closed");
        }
        if (account.status() != AccountStatus.SUSPENDED) {
            throw new Refusal("delegate.error.notSuspended");
        }
        AccountStatus restored = account.activated() ? AccountStatus.ACTIVE : AccountStatus.PENDING;
        accounts.setStatus(accountId, restored);
        auditTrail.record(actor(), "ACCOUNT_REACTIVATED", account.login(), restored.name(), null);
    }

    /** For good: no password, no link, and the login never serves anybody else (DD013). */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public void close(long accountId) {
        ManagedAccount account = find(accountId);
        if (account.status() == AccountStatus.CLOSED) {
            throw new Refusal("delegate.error.closed");
        }
        accounts.setStatus(accountId, AccountStatus.CLOSED);
        accounts.clearPassword(accountId);
        oneTimeLinks.revoke(LinkPurpose.ACCOUNT_ACTIVATION, accountId);
        auditTrail.record(actor(), "ACCOUNT_CLOSED", account.login(), account.status().name(), null);
    }

    /**
     * A new one-time link to choose a password, sent to the user's proven address; the password
     * they had stops working now and earlier links die. A login never activated gets its link at
     * the address it was created with (opening the link proves it).
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public void resetAccess(long accountId, Locale locale) {
        ManagedAccount account = find(accountId);
        if (account.status() == AccountStatus.CLOSED || account.status() == AccountStatus.SUSPENDED) {
            throw new Refusal("delegate.error.notUsable");
        }
        String address = account.activated() ? confirmedAddress(account) : Recipients.emailAddress(account.email());
        accounts.clearPassword(accountId);
        accounts.setStatus(accountId, AccountStatus.PENDING);
        String token = newActivation(accountId);
        outbox.email(address, i18n.getTranslation("delegate.reset.mail.subject", locale, account.login()),
                i18n.getTranslation("delegate.reset.mail.body", locale, account.displayName(), account.login(),
                        links.withToken("activate", token), AccountService.ACTIVATION_VALIDITY.toHours()));
        auditTrail.record(actor(), "ACCESS_RESET", account.login(), null, null);
    }

    /** The user forgot their login: it goes to their proven address, never shown anywhere else. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public void sendLogin(long accountId, Locale locale) {
        ManagedAccount account = find(accountId);
        if (account.status() == AccountStatus.CLOSED || account.status() == AccountStatus.SUSPENDED) {
            throw new Refusal("delegate.error.notUsable");
        }
        outbox.email(confirmedAddress(account), i18n.getTranslation("delegate.login.mail.subject", locale, account.displayName()),
                i18n.getTranslation("delegate.login.mail.body", locale, account.displayName(), account.login()));
        auditTrail.record(actor(), "LOGIN_SENT", account.login(), null, null);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public void rename(long accountId, String displayName) {
        ManagedAccount account = find(accountId);
        if (!account.displayName().equals(displayName)) {
            accounts.rename(accountId, displayName);
            auditTrail.record(actor(), "USER_RENAMED", account.login(), account.displayName() + " → " + displayName, null);
        }
    }

    /**
     * A login never activated had its link sent to a wrong address: the address is replaced and a
     * new link goes to it (the earlier one dies). A proven address changes only through the
     * confirmation link of {@link EmailChanges}.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public void readdressActivation(long accountId, String email, Locale locale) {
        ManagedAccount account = find(accountId);
        if (account.emailConfirmed() || account.activated() || account.status() != AccountStatus.PENDING) {
            throw new IllegalStateException("only a login never activated is readdressed: " + account.login());
        }
        String address = Recipients.emailAddress(email);
        accounts.replaceUnconfirmedEmail(accountId, address);
        String token = newActivation(accountId);
        outbox.email(address, i18n.getTranslation("activation.mail.subject", locale, account.login()),
                i18n.getTranslation("activation.mail.body", locale, account.displayName(), account.login(),
                        links.withToken("activate", token), AccountService.ACTIVATION_VALIDITY.toHours()));
        auditTrail.record(actor(), "ACTIVATION_READDRESSED", account.login(), address, null);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public void replaceRoles(long accountId, Set<Role> roles) {
        ManagedAccount account = find(accountId);
        accounts.replaceRoles(accountId, roles);
        auditTrail.record(actor(), "ROLES_CHANGED", account.login(), roles.stream().sorted().toList().toString(), null);
    }

    /**
     * Another user administrator for the company, so that it is never locked out when its
     * administrator leaves; they choose their password through the activation link.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public long createDelegate(long companyId, String login, String displayName, String email, Locale locale) {
        if (!login.matches("[A-Za-z0-9._@-]{3,64}")) {
            throw new Refusal("delegate.error.loginFormat");
        }
        if (logins.loginExists(login)) {
            throw new Refusal("delegate.error.loginTaken");
        }
        String address = Recipients.emailAddress(email);
        long accountId = accounts.createPendingDelegate(companyId, login, displayName, address);
        String token = newActivation(accountId);
        outbox.email(address, i18n.getTranslation("activation.mail.subject", locale, login),
                i18n.getTranslation("activation.mail.body", locale, displayName, login,
                        links.withToken("activate", token), AccountService.ACTIVATION_VALIDITY.toHours()));
        auditTrail.record(actor(), "ADMINISTRATOR_CREATED", login, null, null);
        return accountId;
    }

    /** A fresh activation link; any earlier one of the account dies. Returns its token, for the e-mail. */
    private String newActivation(long accountId) {
        return oneTimeLinks.replace(LinkPurpose.ACCOUNT_ACTIVATION, accountId, AccountService.ACTIVATION_VALIDITY).token();
    }

    private static String confirmedAddress(ManagedAccount account) {
        if (!account.emailConfirmed() || account.email() == null) {
            throw new Refusal("delegate.error.emailNotConfirmed");
        }
        return account.email();
    }

    private String actor() {
        return currentUser.require().login();
    }
}
