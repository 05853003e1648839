package ma.cimr.teleservices.account;

import ma.cimr.teleservices.security.CompanyId;
import ma.cimr.teleservices.security.AffiliateId;
import ma.cimr.teleservices.security.RetireeId;
import ma.cimr.teleservices.security.AccountId;
import ma.cimr.teleservices.request.StaffAddresses;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Teleservice;
import ma.cimr.teleservices.security.LockoutPolicy;
import ma.cimr.teleservices.security.PasswordPolicy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.notification.Recipients;
import ma.cimr.teleservices.account.repository.AccountRepository;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.links.LinkPurpose;
import ma.cimr.teleservices.shared.links.OneTimeLink;
import ma.cimr.teleservices.shared.links.OneTimeLinks;
import ma.cimr.teleservices.shared.PortalLinks;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.i18n.LocaleSelection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Loads accounts for Spring Security and keeps the little an account remembers about its user. */
@Service
public class AccountService implements UserDetailsService, LocaleSelection.AccountLocale, StaffAddresses {

    public static final Set<String> LOCALES = Set.of("fr", "ar", "en");

    private final AccountRepository accounts;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PasswordEncoder passwordEncoder;
    private final Outbox outbox;
    private final PortalI18NProvider i18n;
    private final PortalLinks links;
    private final OneTimeLinks oneTimeLinks;
    private final SignIns signIns;

    static final Duration ACTIVATION_VALIDITY = Duration.ofHours(72);
    /** What every page of a one-time link says when the link does not work, whatever the reason. */
    public static final String LINK_REFUSED = "link.error.invalid";

    private final Counter locksStarted;

    AccountService(AccountRepository accounts, AuditTrail auditTrail, CurrentUser currentUser, Clock clock,
                   PasswordEncoder passwordEncoder, Outbox outbox, PortalI18NProvider i18n,
                   PortalLinks links, OneTimeLinks oneTimeLinks, SignIns signIns, MeterRegistry meters) {
        this.accounts = accounts;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
        this.passwordEncoder = passwordEncoder;
        this.outbox = outbox;
        this.i18n = i18n;
        this.links = links;
        this.oneTimeLinks = oneTimeLinks;
        this.signIns = signIns;
        this.locksStarted = Counter.builder("portal.accounts.locked")
                .description("Accounts locked after repeated wrong passwords or codes").register(meters);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String login) {
        // Spring turns this into the same "bad credentials" answer as a wrong password
        return accounts.findByLogin(login, clock.instant()).orElseThrow(() -> new UsernameNotFoundException("unknown login"));
    }

    @Transactional
    void recordSuccessfulLogin(PortalUser user, @Nullable String sourceAddress) {
        accounts.recordLogin(user.accountId().value(), clock.instant());
        auditTrail.record(user.login(), "LOGIN_SUCCEEDED", null, null, sourceAddress);
        // the person's own log: the network and the browser family, never the full address (DD041)
        signIns.record(user.accountId().value(), clock.instant(), sourceAddress);
    }

    /**
     * A wrong password for an existing login: counted (failures older than an hour forgotten), and
     * past the free attempts the account is locked for a growing delay; when a lock starts, the
     * owner is told at their proven address, so that a stranger trying their login is noticed.
     * Unknown logins leave no trace here (the audit trail has them).
     */
    @Transactional
    void recordFailedLogin(String login) {
        accounts.recordFailure(login, clock.instant(), LockoutPolicy.FAILURE_MEMORY).ifPresent(failures -> {
            var until = LockoutPolicy.lockedUntil(failures, clock.instant());
            if (until != null) {
                accounts.lockUntil(login, until);
                auditTrail.record(login, "ACCOUNT_LOCKED", login, failures + " failures, until " + until, null);
                if (LockoutPolicy.startsALock(failures)) {
                    locksStarted.increment();
                    tellOwnerOfLock(login);
                }
            }
        });
    }

    private void tellOwnerOfLock(String login) {
        accounts.provenAddressOf(login).ifPresent(owner -> {
            var locale = Locale.forLanguageTag(owner.preferredLocale() == null ? "fr" : owner.preferredLocale());
            String subject = "lockout.mail.subject";
            outbox.email(owner.email(), i18n.getTranslation(subject, locale),
                    i18n.getTranslation("lockout.mail.body", locale, login, LockoutPolicy.FREE_ATTEMPTS + 1,
                            links.page("forgot-password")));
        });
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMINISTRATOR')")
    public List<LockedAccount> lockedAccounts() {
        return accounts.lockedAt(clock.instant());
    }

    /** Staff lift a lock, e.g. after checking the person's identity on the phone. */
    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMINISTRATOR')")
    public void unlock(long accountId, String login) {
        accounts.unlock(accountId);
        auditTrail.record(currentUser.require().login(), "ACCOUNT_UNLOCKED", login, null, null);
    }

    /**
     * A company's user administrator lifts the lock of one of their users; the caller (the
     * delegate feature) has checked the account is in the delegate's company.
     */
    @Transactional
    @PreAuthorize("hasRole('DELEGATE')")
    public void unlockForCompany(long accountId, String login) {
        accounts.unlock(accountId);
        auditTrail.record(currentUser.require().login(), "ACCOUNT_UNLOCKED", login, null, null);
    }

    /**
     * Opens an affiliate's account once they proved who they are and that the e-mail is theirs
     * (the affiliate feature checks both before calling). The password must pass the policy; only
     * its hash is kept.
     */
    @Transactional
    public AccountId openAffiliateAccount(AffiliateId affiliateId, String login, String displayName, String email,
                                          String password) {
        PasswordPolicy.problem(password, login).ifPresent(problem -> {
            throw new Refusal(problem);
        });
        long accountId = accounts.createAffiliateAccount(affiliateId.value(), login, displayName, email,
                passwordEncoder.encode(password));
        auditTrail.record(login, "ACCOUNT_OPENED", login, "affiliate space, e-mail confirmed", null);
        return new AccountId(accountId);
    }

    /**
     * Opens a retiree's account once they proved who they are and that the e-mail on their pension
     * file is theirs (the retiree feature checks both before calling, DD036). The login is the N° DP.
     */
    @Transactional
    public AccountId openRetireeAccount(RetireeId retireeId, String login, String displayName, String email,
                                        String password) {
        PasswordPolicy.problem(password, login).ifPresent(problem -> {
            throw new Refusal(problem);
        });
        long accountId = accounts.createRetireeAccount(retireeId.value(), login, displayName, email,
                passwordEncoder.encode(password));
        auditTrail.record(login, "ACCOUNT_OPENED", login, "retiree space, e-mail confirmed", null);
        return new AccountId(accountId);
    }

    /**
     * The user administrator of a company whose subscription staff validated (the subscription
     * feature checked the signed form, the confirmed e-mail and that the company has no delegate).
     * The password is the one the delegate chose in the form: the caller passes its bcrypt hash,
     * the only form in which the fund ever kept it. The login is the adherent number.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
    public AccountId openDelegateAccount(CompanyId companyId, String adherentNumber, String displayName, String email,
                                         String passwordHash) {
        if (accounts.loginExists(adherentNumber)) {
            throw new Refusal("delegate.error.loginTaken");
        }
        long accountId = accounts.createDelegateAccount(companyId.value(), adherentNumber, displayName,
                Recipients.emailAddress(email), passwordHash);
        auditTrail.record(currentUser.require().login(), "ACCOUNT_OPENED", adherentNumber,
                "company delegate, subscription validated", null);
        return new AccountId(accountId);
    }

    /**
     * A login for one téléservice of the delegate's company, waiting for its user: they get a
     * one-time activation link and choose their password; the delegate never sees or sets it.
     * The caller (the delegate's console) has checked the company and the roles. Returns its id.
     */
    @Transactional
    @PreAuthorize("hasRole('DELEGATE')")
    public long createCompanyUser(long companyId, String login, String displayName, String email,
                                  Teleservice teleservice, Set<Role> roles, Locale locale) {
        if (!login.matches("[A-Za-z0-9._@-]{3,64}")) {
            throw new Refusal("delegate.error.loginFormat");
        }
        if (accounts.loginExists(login)) {
            throw new Refusal("delegate.error.loginTaken");
        }
        String address = Recipients.emailAddress(email);
        long accountId = accounts.createPendingCompanyUser(companyId, login, displayName, address, teleservice, roles);
        String token = oneTimeLinks.issue(LinkPurpose.ACCOUNT_ACTIVATION, accountId, ACTIVATION_VALIDITY).token();
        outbox.email(address, i18n.getTranslation("activation.mail.subject", locale, login),
                i18n.getTranslation("activation.mail.body", locale, displayName, login,
                        links.withToken("activate", token), ACTIVATION_VALIDITY.toHours()));
        auditTrail.record(currentUser.require().login(), "USER_CREATED", login,
                teleservice + " " + roles, null);
        return accountId;
    }

    @Transactional(readOnly = true)
    public boolean activationLinkIsValid(String token) {
        return oneTimeLinks.find(LinkPurpose.ACCOUNT_ACTIVATION, token)
                .flatMap(link -> accounts.pendingLogin(link.account())).isPresent();
    }

    /**
     * The user chose their password through the link: the login becomes usable. Returns the login.
     * Refused alike for a link unknown, expired, used, or of a login no longer waiting for it.
     */
    @Transactional
    public String activate(String token, String password) {
        OneTimeLink link = oneTimeLinks.open(LinkPurpose.ACCOUNT_ACTIVATION, token)
                .orElseThrow(() -> new Refusal(LINK_REFUSED));
        String login = accounts.pendingLogin(link.account()).orElseThrow(() -> new Refusal(LINK_REFUSED));
        PasswordPolicy.problem(password, login).ifPresent(problem -> {
            throw new Refusal(problem);
        });
        accounts.activate(link.account(), passwordEncoder.encode(password), clock.instant());
        auditTrail.record(login, "ACCOUNT_ACTIVATED", login, null, null);
        return login;
    }

    /**
     * Whether a signed-in login may go on: its administrator may have suspended or closed it
     * since it signed in (a lock by wrong passwords does not end a session already open).
     */
    @Transactional(readOnly = true)
    public boolean stillActive(String login) {
        return accounts.findByLogin(login, clock.instant()).map(PortalUser::isEnabled).orElse(false);
    }

    /** Who to warn when a deadline is near: internal use by jobs, no user-facing caller. */
    @Override
    @Transactional(readOnly = true)
    public List<String> emailsOf(Role role) {
        return accounts.emailsOf(role);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> emailOf(long accountId) {
        return accounts.emailOf(accountId);
    }

    @Override
    public Optional<String> preferred() {
        return currentUser.find().map(PortalUser::preferredLocale);
    }

    /** Remembers the signed-in user's language; anonymous visitors keep it in a cookie only. */
    @Override
    @Transactional
    public void remember(String locale) {
        if (!LOCALES.contains(locale)) {
            throw new IllegalArgumentException("unsupported locale " + locale);
        }
        currentUser.find().ifPresent(user -> accounts.savePreferredLocale(user.accountId().value(), locale));
    }
}
