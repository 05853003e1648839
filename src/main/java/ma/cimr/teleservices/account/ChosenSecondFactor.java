package ma.cimr.teleservices.account;

import ma.cimr.teleservices.account.repository.SecondFactorRepository;
import ma.cimr.teleservices.account.repository.SecondFactorRepository.StoredFactor;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.SecondFactorPolicy;
import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The second factor as a choice (DD021): affiliates and retirees, whom no policy obliges, turn it
 * on and off while signed in, each time with their password again. Apart from the sign-in's steps
 * ({@code SecondFactorService}), whose key, codes and recovery codes it reuses.
 */
@Service
public class ChosenSecondFactor {

    private final SecondFactorService secondFactor;
    private final SecondFactorRepository factors;
    private final SecretSealing sealing;
    private final AccountService accountService;
    private final PasswordConfirmation passwordConfirmation;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final Clock clock;

    ChosenSecondFactor(SecondFactorService secondFactor, SecondFactorRepository factors, SecretSealing sealing,
                       AccountService accountService, PasswordConfirmation passwordConfirmation, CurrentUser currentUser,
                       AuditTrail auditTrail, Clock clock) {
        this.secondFactor = secondFactor;
        this.factors = factors;
        this.sealing = sealing;
        this.accountService = accountService;
        this.passwordConfirmation = passwordConfirmation;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Whether the signed-in person is asked for a code at each sign-in (their space's security page). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isOn() {
        return factors.find(currentUser.require().accountId().value()).map(StoredFactor::confirmed).orElse(false);
    }

    /**
     * A signed-in person who chooses the second factor (an affiliate, a retiree): their password
     * again first, so that a session left open cannot tie the account to someone else's phone.
     * The secret is pending until {@link #confirmMyEnrolment} receives its first code.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Enrolment beginMyEnrolment(@Nullable String password) {
        PortalUser me = currentUser.require();
        passwordConfirmation.confirm(password, "SECOND_FACTOR_ENABLE");
        if (isOn()) {
            throw new Refusal("account.secondFactor.alreadyOn");
        }
        return secondFactor.enrolment(me.accountId().value(), me.login());
    }

    /**
     * The first code of the authenticator the signed-in person just set up: from now on every
     * sign-in asks for a code. Returns the ten recovery codes in clear, this once.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> confirmMyEnrolment(@Nullable String typed) {
        PortalUser me = currentUser.require();
        long accountId = me.accountId().value();
        Optional<StoredFactor> factor = factors.find(accountId);
        byte[] pending = factor.map(StoredFactor::pendingSecret).orElse(null);
        if (pending == null || factor.get().confirmed()) {
            throw new Refusal("account.secondFactor.notStarted");
        }
        OptionalLong step = secondFactor.matchingStep(sealing.open(accountId, pending),
                SecondFactorService.normalized(typed));
        if (step.isEmpty()) {
            // the person holds the secret already: a typo here guesses nothing, so it is not counted
            throw new Refusal("login.secondFactor.error.code");
        }
        factors.confirmPending(accountId, step.getAsLong(), clock.instant());
        List<String> codes = secondFactor.newRecoveryCodes(accountId);
        auditTrail.record(me.login(), "SECOND_FACTOR_ENROLLED", me.login(), "turned on from the own space",
                RateLimits.currentClientAddress());
        return codes;
    }

    /**
     * The signed-in person turns the second factor off: their password and a current code, so
     * that neither a session left open nor a leaked password alone removes it. Refused to those
     * the policy obliges. A wrong code counts as a failed sign-in and stays counted although
     * the action is refused.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = Refusal.class)
    public void turnOffMine(@Nullable String password, @Nullable String typed) {
        PortalUser me = currentUser.require();
        if (SecondFactorPolicy.requiredFor(me)) {
            throw new Refusal("account.secondFactor.required");
        }
        long accountId = me.accountId().value();
        // a confirmed factor is one with a secret
        Optional<byte[]> secret = factors.find(accountId).map(StoredFactor::secret);
        if (secret.isEmpty()) {
            throw new Refusal("account.secondFactor.alreadyOff");
        }
        passwordConfirmation.confirm(password, "SECOND_FACTOR_DISABLE");
        String client = RateLimits.currentClientAddress();
        OptionalLong step = secondFactor.matchingStep(sealing.open(accountId, secret.get()),
                SecondFactorService.normalized(typed));
        if (step.isEmpty() || !factors.advanceStep(accountId, step.getAsLong())) {
            auditTrail.record(me.login(), "SECOND_FACTOR_FAILED", me.login(), "turning it off, wrong or used code", client);
            accountService.recordFailedLogin(me.login());
            throw new Refusal("login.secondFactor.error.code");
        }
        factors.forget(accountId);
        auditTrail.record(me.login(), "SECOND_FACTOR_DISABLED", me.login(), "turned off from the own space", client);
    }
}
