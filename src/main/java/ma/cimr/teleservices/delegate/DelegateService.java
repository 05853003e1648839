package ma.cimr.teleservices.delegate;

import ma.cimr.teleservices.audit.AuditEvent;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.company.CompanyProfile;
import ma.cimr.teleservices.company.CompanyService;
import ma.cimr.teleservices.delegate.repository.CompanySettingsRepository;
import ma.cimr.teleservices.delegate.repository.DeclarationUserRepository;
import ma.cimr.teleservices.notification.Recipients;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.account.CompanyAccounts;
import ma.cimr.teleservices.account.CompanyLogin;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.account.EmailChanges;
import ma.cimr.teleservices.account.ManagedAccount;
import ma.cimr.teleservices.account.PasswordConfirmation;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.account.SecretAnswers;
import ma.cimr.teleservices.account.SecretQuestion;
import ma.cimr.teleservices.security.Teleservice;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The user administrator's console: only ever their own company's logins. The company is the
 * signed-in administrator's; a login of another company is refused exactly as a login that does
 * not exist ({@code delegate.error.noSuchUser}). The logins themselves are read and changed
 * through their one owner, {@link CompanyAccounts} (DD020); the console keeps its own rules and
 * the télédéclaration settings.
 *
 * <p>What would let a stolen session keep the company (DD024) takes the delegate's password,
 * checked here, before anything changes, so that no screen can skip it: a new login of any kind,
 * a login's new e-mail address, a reset of its access, the validator role, another administrator,
 * suspending, reactivating or closing another administrator, fewer E@sypaiement confirmations. An administrator's own access and address, and another administrator's, never
 * change here, whatever the password: they go through the fund's signed-letter procedure.
 */
@Service
@PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
public class DelegateService {

    /** A usable login neither used nor created for this long is flagged for review. */
    public static final Duration DORMANT_AFTER = Duration.ofDays(90);

    static final String NO_SUCH_USER = "delegate.error.noSuchUser";
    /** An administrator's access and address change through the fund (signed letter), never here. */
    static final String THROUGH_THE_FUND = "delegate.error.throughTheFund";

    private static final Map<Teleservice, String> LOGIN_STEMS = Map.of(Teleservice.COMPANY_ACCOUNT, "compte",
            Teleservice.DECLARATION, "declaration", Teleservice.PAYMENT, "paiement", Teleservice.LIQUIDATION, "liquidation");

    private final DeclarationUserRepository declarationUsers;
    private final CompanySettingsRepository settings;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final CompanyAccounts companyAccounts;
    private final SecretAnswers secretAnswers;
    private final EmailChanges emailChanges;
    private final CompanyService companies;
    private final AuditTrail auditTrail;
    private final PasswordConfirmation passwordConfirmation;
    private final Clock clock;

    DelegateService(DeclarationUserRepository declarationUsers, CompanySettingsRepository settings, CurrentUser currentUser,
                    AccountService accounts, CompanyAccounts companyAccounts, SecretAnswers secretAnswers,
                    EmailChanges emailChanges, CompanyService companies, AuditTrail auditTrail,
                    PasswordConfirmation passwordConfirmation, Clock clock) {
        this.declarationUsers = declarationUsers;
        this.settings = settings;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.companyAccounts = companyAccounts;
        this.secretAnswers = secretAnswers;
        this.emailChanges = emailChanges;
        this.companies = companies;
        this.auditTrail = auditTrail;
        this.passwordConfirmation = passwordConfirmation;
        this.clock = clock;
    }

    // --- review ---

    /** Every login of the company, closed ones included, with what the review screen shows. */
    @Transactional(readOnly = true)
    public List<CompanyUserAccount> companyUsers() {
        return withDeclarations(companyAccounts.myCompanyLogins(dormantBefore()));
    }

    /** One login of the company. */
    @Transactional(readOnly = true)
    public CompanyUserAccount user(String login) {
        return companyAccounts.myCompanyLogin(typed(login), dormantBefore())
                .map(found -> withDeclarations(List.of(found)).getFirst())
                .orElseThrow(() -> new Refusal(NO_SUCH_USER));
    }

    /** The secret questions of one login of the company (never the answers). */
    @Transactional(readOnly = true)
    public List<String> secretQuestions(String login) {
        return secretAnswers.questionsOf(accountId(login));
    }

    // --- creation ---

    /**
     * Creates a login for one téléservice of the delegate's company; its user gets an activation
     * link. One login serves one téléservice only (the guide's rule: the schema has one téléservice
     * per login). Always on the delegate's password: a stolen session would otherwise give itself
     * a login of its own, at an address it reads (DD024).
     */
    @Transactional
    public void createUser(NewCompanyUser user, @Nullable String delegatePassword, Locale locale) {
        String name = requireName(user.displayName());
        Set<Role> roles = switch (user.teleservice()) {
            case COMPANY_ACCOUNT -> Set.of(Role.COMPANY_ACCOUNT);
            case DECLARATION -> Set.of(Role.DECLARATION);
            case LIQUIDATION -> Set.of(Role.LIQUIDATION);
            case PAYMENT -> paymentRoles(user.paymentOrderer(), user.paymentValidator());
        };
        String email = requireEmail(user.email());
        passwordConfirmation.confirm(delegatePassword, "USER_CREATED " + typed(user.login())
                + (roles.contains(Role.PAYMENT_VALIDATOR) ? ", VALIDATOR_GRANTED" : ""));
        long companyId = currentUser.companyId().value();
        long accountId = accounts.createCompanyUser(companyId, requireLogin(user.login()), name, email,
                user.teleservice(), roles, locale);
        if (user.teleservice() == Teleservice.DECLARATION) {
            saveDeclaration(companyId, accountId, user.login().trim(), user.declaration(), null);
        }
        secretAnswers.replace(accountId, user.secretQuestions());
    }

    /**
     * A free login for a new user of that téléservice, made of the adherent number and the
     * téléservice (100234.declaration, then 100234.declaration2…), so logins are generated rather
     * than invented; the delegate may keep it or type another.
     */
    @Transactional(readOnly = true)
    public String suggestLogin(Teleservice teleservice) {
        String stem = companies.myCompany().adherentNumber() + "." + LOGIN_STEMS.get(teleservice);
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? stem : stem + n;
            if (!companyAccounts.loginTaken(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * Another user administrator for the company (a successor, a deputy): a different person with
     * their own login and activation link, the same console. Confirmed by the delegate's password,
     * since that login can do everything the delegate can.
     */
    @Transactional
    public void createAdministrator(NewAdministrator administrator, @Nullable String delegatePassword, Locale locale) {
        String name = requireName(administrator.displayName());
        String email = requireEmail(administrator.email());
        if (email.equalsIgnoreCase(currentUser.require().email())) {
            throw new Refusal("delegate.error.samePerson");
        }
        passwordConfirmation.confirm(delegatePassword, "ADMINISTRATOR_CREATED " + typed(administrator.login()));
        companyAccounts.createDelegate(currentUser.companyId().value(), requireLogin(administrator.login()), name, email, locale);
    }

    // --- changes ---

    /**
     * Changes a login's name, address, payment roles or declaration settings; its téléservice never
     * changes. A new address only counts once its owner opened the link sent to it (the user of a
     * login never activated gets a new activation link there instead). A new address and the
     * validator role need the delegate's password; an administrator's address never changes here.
     */
    @Transactional
    public void editUser(String login, UserChanges changes, @Nullable String delegatePassword, Locale locale) {
        long companyId = currentUser.companyId().value();
        CompanyUserAccount user = user(login);
        if (user.status() == AccountStatus.CLOSED) {
            throw new Refusal("delegate.error.closed");
        }
        long accountId = accountId(login);
        String name = requireName(changes.displayName());
        String email = requireEmail(changes.email());
        boolean newAddress = !email.equalsIgnoreCase(user.email() == null ? "" : user.email());
        if (newAddress) {
            refuseOnAnAdministrator(user);
        }
        Set<Role> roles = user.teleservice() == Teleservice.PAYMENT
                ? paymentRoles(changes.paymentOrderer(), changes.paymentValidator()) : user.roles();
        boolean grantsValidator = roles.contains(Role.PAYMENT_VALIDATOR) && !user.roles().contains(Role.PAYMENT_VALIDATOR);
        if (newAddress || grantsValidator) {
            passwordConfirmation.confirm(delegatePassword, (newAddress ? "EMAIL_CHANGE " : "VALIDATOR_GRANTED ")
                    + user.login() + (newAddress && grantsValidator ? ", VALIDATOR_GRANTED" : ""));
        }
        if (!roles.equals(user.roles())) {
            companyAccounts.replaceRoles(accountId, roles);
        }
        if (user.teleservice() == Teleservice.DECLARATION) {
            saveDeclaration(companyId, accountId, user.login(), changes.declaration(), user.declaration());
        }
        companyAccounts.rename(accountId, name);
        if (newAddress) {
            ManagedAccount account = companyAccounts.find(accountId);
            if (account.status() == AccountStatus.PENDING && !account.activated() && !account.emailConfirmed()) {
                companyAccounts.readdressActivation(accountId, email, locale);
            } else {
                emailChanges.request(accountId, email, locale);
            }
        }
    }

    /** The 2 or 3 questions that let the user recover their access; replaces the earlier ones. */
    @Transactional
    public void setSecretQuestions(String login, List<SecretQuestion> questions) {
        long accountId = accountId(login);
        if (user(login).status() == AccountStatus.CLOSED) {
            throw new Refusal("delegate.error.closed");
        }
        secretAnswers.replace(accountId, questions);
    }

    // --- state ---

    /** Suspends a login; another administrator's only on the delegate's password (DD024). */
    @Transactional
    public void suspend(String login, @Nullable String delegatePassword) {
        long accountId = accountId(login);
        keepAnAdministrator(List.of(accountId));
        confirmOnAnotherAdministrator(List.of(user(login)), "ADMINISTRATOR_SUSPENDED", delegatePassword);
        companyAccounts.suspend(accountId);
    }

    /** Gives a suspended login back; another administrator's only on the delegate's password (DD024). */
    @Transactional
    public void reactivate(String login, @Nullable String delegatePassword) {
        long accountId = accountId(login);
        CompanyUserAccount user = user(login);
        if (user.status() != AccountStatus.CLOSED) {
            // a closed login is refused whatever the password, at no attempt's cost
            confirmOnAnotherAdministrator(List.of(user), "ADMINISTRATOR_REACTIVATED", delegatePassword);
        }
        companyAccounts.reactivate(accountId);
    }

    /**
     * "Deleting" a login: closed for good, kept for the record, never reused (DD013). Another
     * administrator's only on the delegate's password (DD024).
     */
    @Transactional
    public void close(String login, @Nullable String delegatePassword) {
        long accountId = accountId(login);
        keepAnAdministrator(List.of(accountId));
        confirmOnAnotherAdministrator(List.of(user(login)), "ADMINISTRATOR_CLOSED", delegatePassword);
        companyAccounts.close(accountId);
    }

    /**
     * The logins a person's departure or reassignment would suspend: this one and the company's
     * other logins with the same proven e-mail address (DD013).
     */
    @Transactional(readOnly = true)
    public List<CompanyUserAccount> departurePreview(String login) {
        return withDeclarations(companyAccounts.samePerson(accountId(login), dormantBefore()));
    }

    /**
     * The person left or moved: every login of theirs in the company is suspended at once, as the
     * guide's « IMPORTANT » asks. Returns how many were suspended (those already suspended or
     * closed stay as they are). On the delegate's password when it suspends another administrator,
     * as {@link #suspend} does (DD024).
     */
    @Transactional
    public int departure(String login, @Nullable String delegatePassword) {
        long accountId = accountId(login);
        List<Long> toSuspend = new ArrayList<>();
        List<String> suspended = new ArrayList<>();
        for (CompanyLogin account : companyAccounts.samePerson(accountId, dormantBefore())) {
            if (account.status() == AccountStatus.ACTIVE || account.status() == AccountStatus.PENDING) {
                toSuspend.add(account.id());
                suspended.add(account.login());
            }
        }
        keepAnAdministrator(toSuspend);
        confirmOnAnotherAdministrator(withDeclarations(companyAccounts.samePerson(accountId, dormantBefore())).stream()
                .filter(account -> suspended.contains(account.login())).toList(), "PERSON_DEPARTED", delegatePassword);
        toSuspend.forEach(companyAccounts::suspend);
        auditTrail.record(currentUser.require().login(), "PERSON_DEPARTED", user(login).login(),
                String.join(", ", suspended), null);
        return toSuspend.size();
    }

    /**
     * A fresh one-time link to the user's proven address; their password stops working now. On the
     * delegate's password, and never on an administrator's login (DD024).
     */
    @Transactional
    public void resetAccess(String login, @Nullable String delegatePassword, Locale locale) {
        CompanyUserAccount user = user(login);
        refuseOnAnAdministrator(user);
        if (user.status() != AccountStatus.ACTIVE && user.status() != AccountStatus.PENDING) {
            throw new Refusal("delegate.error.notUsable");
        }
        passwordConfirmation.confirm(delegatePassword, "ACCESS_RESET " + user.login());
        companyAccounts.resetAccess(accountId(login), locale);
    }

    /** « Communiquer le login existant à l'utilisateur »: by e-mail to their proven address. */
    @Transactional
    public void sendLogin(String login, Locale locale) {
        companyAccounts.sendLogin(accountId(login), locale);
    }

    /** Lifts the lock of one of the company's users (the delegate knows them). */
    @Transactional
    public void unlock(String login) {
        accounts.unlockForCompany(accountId(login), user(login).login());
    }

    // --- « Informations générales » ---

    @Transactional(readOnly = true)
    public GeneralInformation generalInformation() {
        CompanyProfile company = companies.myCompany();
        return new GeneralInformation(company.adherentNumber(), company.legalName(), company.paymentConfirmations(),
                companyAccounts.activeValidators(), company.categories());
    }

    /**
     * How many confirmations an E@sypaiement order needs: 1, or 2 (two different validators).
     * Going down to one takes the delegate's password: one validator alone would then pay.
     */
    @Transactional
    public void setPaymentConfirmations(int confirmations, @Nullable String delegatePassword) {
        if (confirmations != 1 && confirmations != 2) {
            throw new Refusal("delegate.error.confirmations");
        }
        CompanyProfile company = companies.myCompany();
        if (confirmations < company.paymentConfirmations()) {
            passwordConfirmation.confirm(delegatePassword, "PAYMENT_CONFIRMATIONS " + company.paymentConfirmations()
                    + " → " + confirmations);
        }
        if (company.paymentConfirmations() != confirmations) {
            settings.setPaymentConfirmations(currentUser.companyId().value(), confirmations);
            auditTrail.record(currentUser.require().login(), "PAYMENT_CONFIRMATIONS_SET", company.adherentNumber(),
                    company.paymentConfirmations() + " → " + confirmations, null);
        }
    }

    // --- history ---

    /** What the company's administrators did and what happened to its logins, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> history(int offset, int limit) {
        return auditTrail.ofCompany(currentUser.companyId(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int historySize() {
        return auditTrail.countOfCompany(currentUser.companyId());
    }

    // --- rules ---

    private long accountId(String login) {
        return companyAccounts.myCompanyAccountId(typed(login))
                .orElseThrow(() -> new Refusal(NO_SUCH_USER));
    }

    /** As people type a login: spaces around it do not count, nor case (the repository compares without it). */
    private static String typed(@Nullable String login) {
        return login == null ? "" : login.strip();
    }

    /**
     * An administrator's access is the company's: their own, or another's (a successor, a deputy),
     * it changes only on a letter signed to the fund, never from a session that may be stolen.
     */
    private void refuseOnAnAdministrator(CompanyUserAccount user) {
        if (user.administrator() || user.roles().contains(Role.DELEGATE)
                || user.login().equalsIgnoreCase(currentUser.require().login())) {
            throw new Refusal(THROUGH_THE_FUND);
        }
    }

    /**
     * Another administrator (a successor, a deputy) can do all the delegate can: a stolen session
     * must not stop them, nor bring back one it controls, without the delegate's password. The
     * delegate's own login needs none: stopping it ends the session.
     */
    private void confirmOnAnotherAdministrator(List<CompanyUserAccount> users, String purpose,
                                               @Nullable String delegatePassword) {
        List<String> administrators = users.stream()
                .filter(user -> user.administrator() || user.roles().contains(Role.DELEGATE))
                .filter(user -> !user.login().equalsIgnoreCase(currentUser.require().login()))
                .map(CompanyUserAccount::login).toList();
        if (!administrators.isEmpty()) {
            passwordConfirmation.confirm(delegatePassword, purpose + " " + String.join(", ", administrators));
        }
    }

    /** The company must keep an active user administrator, or nobody could manage its logins. */
    private void keepAnAdministrator(List<Long> accountsLeaving) {
        if (companyAccounts.activeAdministratorsExcept(accountsLeaving) == 0) {
            throw new Refusal("delegate.error.lastAdministrator");
        }
    }

    /** Checks the settings and stores them, unless they are the ones already stored ({@code current}). */
    private void saveDeclaration(long companyId, long accountId, String login, @Nullable DeclarationSettings declaration,
                                 @Nullable DeclarationSettings current) {
        if (declaration == null || declaration.mode() == null) {
            throw new Refusal("delegate.error.declarationMode");
        }
        String firm = declaration.firmName() == null || declaration.firmName().isBlank() ? null
                : declaration.firmName().trim();
        if (declaration.external() && firm == null) {
            throw new Refusal("delegate.error.firmRequired");
        }
        if (declaration.categoryCodes().isEmpty()) {
            throw new Refusal("delegate.error.categoryRequired");
        }
        List<String> codes = declaration.categoryCodes().stream().distinct().sorted().toList();
        Map<String, Long> active = declarationUsers.activeCategoryIds(companyId, codes);
        if (active.size() != codes.size()) {
            throw new Refusal("delegate.error.inactiveCategory");
        }
        var settings = new DeclarationSettings(declaration.external(), declaration.external() ? firm : null,
                declaration.mode(), codes);
        if (settings.equals(current)) {
            return;
        }
        declarationUsers.saveDeclarationSettings(companyId, accountId, settings.external(), settings.firmName(), settings.mode(),
                List.copyOf(active.values()));
        auditTrail.record(currentUser.require().login(), "DECLARATION_SETTINGS_SET", login,
                (settings.external() ? "external " + firm : "internal") + ", " + settings.mode() + ", " + codes, null);
    }

    /** The logins as the console shows them: each with its télédéclaration settings, if it has some. */
    private List<CompanyUserAccount> withDeclarations(List<CompanyLogin> logins) {
        Map<Long, DeclarationSettings> declarations = logins.isEmpty() ? Map.of()
                : declarationUsers.settingsOf(currentUser.companyId().value(), logins.stream().map(CompanyLogin::id).toList());
        return logins.stream().map(login -> new CompanyUserAccount(login.login(), login.displayName(), login.email(),
                login.emailConfirmed(), login.teleservice(), login.roles(), login.status(), login.createdAt(),
                login.lastLoginAt(), login.lockedUntil(), declarations.get(login.id()), login.dormant())).toList();
    }

    private static Set<Role> paymentRoles(boolean orderer, boolean validator) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (orderer) {
            roles.add(Role.PAYMENT_ORDERER);
        }
        if (validator) {
            roles.add(Role.PAYMENT_VALIDATOR);
        }
        if (roles.isEmpty()) {
            throw new Refusal("delegate.error.paymentRole");
        }
        if (roles.size() > 1) {
            // the one who orders a payment is never the one who validates it
            throw new Refusal("delegate.error.ordererAndValidator");
        }
        return roles;
    }

    private static String requireName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            throw new Refusal("delegate.error.nameRequired");
        }
        return name.trim();
    }

    private static String requireLogin(@Nullable String login) {
        return login == null ? "" : login.trim();
    }

    private static String requireEmail(@Nullable String email) {
        try {
            return Recipients.emailAddress(email);
        } catch (IllegalArgumentException e) {
            throw new Refusal("delegate.error.emailFormat");
        }
    }

    private Instant dormantBefore() {
        return clock.instant().minus(DORMANT_AFTER);
    }
}
