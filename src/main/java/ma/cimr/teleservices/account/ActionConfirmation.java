package ma.cimr.teleservices.account;

import ma.cimr.teleservices.account.repository.SecondFactorRepository;
import ma.cimr.teleservices.account.repository.SecondFactorRepository.StoredFactor;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A signed-in person proves again, at the moment of an action that moves money (an E@sypaiement
 * confirmation, issue 12), that they hold their second factor: a current code of their authenticator
 * (used once, as at sign-in: DD021), or, for an account whose only factor is a passkey, their
 * password again (DD024; a passkey assertion inside a page is not built yet). An account with no
 * factor is asked nothing: the policy obliges validators to have one, so that happens only to test
 * logins signed in without one. A wrong code counts as a failed sign-in and is audited, in a
 * transaction of its own, so the refused action does not roll the count back.
 */
@Service
public class ActionConfirmation {

    /** What the page asks for before the action. */
    public enum Proof { NONE, CODE, PASSWORD }

    private final SecondFactorService secondFactor;
    private final SecondFactorRepository factors;
    private final SecretSealing sealing;
    private final AccountService accountService;
    private final PasswordConfirmation passwordConfirmation;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final TransactionTemplate apart;

    ActionConfirmation(SecondFactorService secondFactor, SecondFactorRepository factors, SecretSealing sealing,
                       AccountService accountService, PasswordConfirmation passwordConfirmation, CurrentUser currentUser,
                       AuditTrail auditTrail, PlatformTransactionManager transactions) {
        this.secondFactor = secondFactor;
        this.factors = factors;
        this.sealing = sealing;
        this.accountService = accountService;
        this.passwordConfirmation = passwordConfirmation;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @PreAuthorize("isAuthenticated()")
    public Proof asked() {
        long accountId = currentUser.require().accountId().value();
        return apart.execute(status -> {
            if (factors.find(accountId).filter(StoredFactor::confirmed).isPresent()) {
                return Proof.CODE;
            }
            return secondFactor.hasPasskey(accountId) ? Proof.PASSWORD : Proof.NONE;
        });
    }

    /** Returns when the proof is right; refuses otherwise. {@code purpose} goes to the audit trail. */
    @PreAuthorize("isAuthenticated()")
    public void confirm(@Nullable String typed, String purpose) {
        PortalUser me = currentUser.require();
        switch (asked()) {
            case NONE -> {
            }
            case PASSWORD -> passwordConfirmation.confirm(typed, purpose);
            case CODE -> {
                if (typed == null || typed.isBlank()) {
                    throw new Refusal("account.actionConfirmation.codeRequired");
                }
                Boolean right = apart.execute(status -> check(me, typed, purpose));
                if (!Boolean.TRUE.equals(right)) {
                    throw new Refusal("login.secondFactor.error.code");
                }
            }
        }
    }

    private boolean check(PortalUser me, String typed, String purpose) {
        long accountId = me.accountId().value();
        // a confirmed factor is one with a secret
        Optional<byte[]> secret = factors.find(accountId).map(StoredFactor::secret);
        String client = RateLimits.currentClientAddress();
        OptionalLong step = secret.isEmpty() ? OptionalLong.empty()
                : secondFactor.matchingStep(sealing.open(accountId, secret.get()),
                SecondFactorService.normalized(typed));
        if (step.isEmpty() || !factors.advanceStep(accountId, step.getAsLong())) {
            auditTrail.record(me.login(), "SECOND_FACTOR_FAILED", me.login(), purpose + ", wrong or used code", client);
            accountService.recordFailedLogin(me.login());
            return false;
        }
        auditTrail.record(me.login(), "SECOND_FACTOR_PASSED", me.login(), purpose, client);
        return true;
    }
}
