package ma.cimr.teleservices.account;

import ma.cimr.teleservices.account.repository.AccountRepository;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Optional;

/**
 * Re-authentication (DD024): before what a stolen session must not do on its own, the signed-in
 * person types their password again. It is a sign-in in all but name, so that a hijacked session
 * cannot guess its way through: a wrong password counts as a failed sign-in (the same
 * {@code LockoutPolicy}, the owner told when a lock starts), a locked account is refused even the
 * right one, every check knocks at the {@code PASSWORD_CONFIRMATION} door and is audited.
 *
 * <p>The check runs in a transaction of its own: the caller's action rolls back when refused, the
 * failure it counted must not (nor the trail of a right password, which is a fact whatever the
 * action then does).
 */
@Service
public class PasswordConfirmation {

    /** Nothing typed: nothing was tried, nothing is counted. */
    public static final String REQUIRED = "password.confirmation.required";
    public static final String WRONG = "password.confirmation.wrong";
    public static final String LOCKED = "password.confirmation.locked";

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final RateLimits rateLimits;
    private final Clock clock;
    private final TransactionTemplate apart;

    PasswordConfirmation(AccountRepository accounts, AccountService accountService, AuditTrail auditTrail,
                         CurrentUser currentUser, PasswordEncoder passwordEncoder, RateLimits rateLimits, Clock clock,
                         PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.rateLimits = rateLimits;
        this.clock = clock;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Returns when {@code password} is the signed-in person's own; refuses otherwise
     * ({@link #REQUIRED}, {@link #WRONG}, {@link #LOCKED}, {@code rateLimit.exceeded}). The
     * {@code purpose} says in the audit trail what the password was typed for
     * ({@code "ACCESS_RESET atlas.compte"}).
     */
    @PreAuthorize("isAuthenticated()")
    public void confirm(@Nullable String password, String purpose) {
        PortalUser me = currentUser.require();
        if (password == null || password.isEmpty()) {
            throw new Refusal(REQUIRED);
        }
        rateLimits.knock(RateLimits.Door.PASSWORD_CONFIRMATION);
        Optional<String> refusal = apart.execute(status -> check(me, password, purpose));
        if (refusal != null && refusal.isPresent()) {
            throw new Refusal(refusal.get());
        }
    }

    /** The refusal's key, or nothing for the right password. */
    private Optional<String> check(PortalUser me, String password, String purpose) {
        String client = RateLimits.currentClientAddress();
        Optional<PortalUser> stored = accounts.findByLogin(me.login(), clock.instant());
        if (stored.isEmpty() || !stored.get().isEnabled()) {
            auditTrail.record(me.login(), "PASSWORD_CONFIRMATION_FAILED", me.login(), purpose + ", account not active", client);
            return Optional.of(WRONG);
        }
        if (!stored.get().isAccountNonLocked()) {
            // as at sign-in: a locked account's password is not even checked, so not counted either
            auditTrail.record(me.login(), "PASSWORD_CONFIRMATION_FAILED", me.login(), purpose + ", account locked", client);
            return Optional.of(LOCKED);
        }
        String hash = stored.get().getPassword();
        if (hash == null || !passwordEncoder.matches(password, hash)) {
            accountService.recordFailedLogin(me.login());
            auditTrail.record(me.login(), "PASSWORD_CONFIRMATION_FAILED", me.login(), purpose, client);
            return Optional.of(WRONG);
        }
        accounts.forgetFailures(me.login());
        auditTrail.record(me.login(), "PASSWORD_CONFIRMATION_SUCCEEDED", me.login(), purpose, client);
        return Optional.empty();
    }
}
