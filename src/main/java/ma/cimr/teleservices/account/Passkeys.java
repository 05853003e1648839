package ma.cimr.teleservices.account;

import ma.cimr.teleservices.account.repository.PasskeyRepository;
import ma.cimr.teleservices.account.repository.SecondFactorRepository;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.SecondFactorPolicy;
import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The signed-in person's passkeys (DD031): listed with their label and dates, added after the
 * password is typed again (a session left open must not tie the account to someone else's
 * device), removed with the password too, except the last factor of a role that requires one.
 * Additions and removals go to the audit trail. The WebAuthn ceremonies themselves are Spring
 * Security's, run by {@code PasskeyFilter}.
 */
@Service
public class Passkeys {

    /**
     * Until when this HTTP session may register a passkey: set when the password was typed again,
     * read and cleared by the registration request.
     */
    public static final String REGISTRATION_ALLOWED_UNTIL = Passkeys.class.getName() + ".registrationAllowedUntil";
    /** Long enough to touch a security key or unlock a phone, short enough not to outlive a coffee break. */
    static final Duration REGISTRATION_WINDOW = Duration.ofMinutes(5);
    public static final int MAX_LABEL_LENGTH = 60;

    private final PasskeyRepository passkeys;
    private final SecondFactorRepository factors;
    private final PasswordConfirmation passwordConfirmation;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final Clock clock;

    Passkeys(PasskeyRepository passkeys, SecondFactorRepository factors, PasswordConfirmation passwordConfirmation,
             CurrentUser currentUser, AuditTrail auditTrail, Clock clock) {
        this.passkeys = passkeys;
        this.factors = factors;
        this.passwordConfirmation = passwordConfirmation;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Passkey> mine() {
        return passkeys.findByAccount(currentUser.require().accountId().value()).stream()
                .map(p -> new Passkey(new Bytes(p.credentialId()).toBase64UrlString(), p.label(), p.created(), p.lastUsed()))
                .toList();
    }

    /**
     * The password typed again before a new passkey: returns until when this session may
     * register one (the caller keeps it in the HTTP session under {@link #REGISTRATION_ALLOWED_UNTIL}).
     * Refuses a wrong password as {@code PasswordConfirmation} does, and an empty label.
     */
    @PreAuthorize("isAuthenticated()")
    public Instant allowNewPasskey(@Nullable String label, @Nullable String password) {
        if (label == null || label.isBlank() || label.strip().length() > MAX_LABEL_LENGTH) {
            throw new Refusal("passkeys.error.label", MAX_LABEL_LENGTH);
        }
        passwordConfirmation.confirm(password, "PASSKEY_ADDED");
        return clock.instant().plus(REGISTRATION_WINDOW);
    }

    /** Whether a registration may go on now, given what the HTTP session holds. */
    boolean registrationAllowed(@Nullable Object allowedUntil) {
        return allowedUntil instanceof Instant until && clock.instant().isBefore(until);
    }

    /** A passkey that a signed-in person just registered: the audit trail says so. */
    @Transactional
    void added(PortalUser user, String label, @Nullable String sourceAddress) {
        auditTrail.record(user.login(), "PASSKEY_ADDED", user.login(), label, sourceAddress);
    }

    /**
     * Removes one of the signed-in person's passkeys after their password; never the last
     * factor of an account the policy obliges to have one (they add another first).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void removeMine(String passkeyId, @Nullable String password) {
        PortalUser me = currentUser.require();
        long accountId = me.accountId().value();
        passwordConfirmation.confirm(password, "PASSKEY_REMOVED");
        List<PasskeyRepository.StoredPasskey> mine = passkeys.findByAccount(accountId);
        byte[] id = Bytes.fromBase64(passkeyId).getBytes();
        var target = mine.stream().filter(p -> Arrays.equals(p.credentialId(), id)).findFirst()
                .orElseThrow(() -> new Refusal("passkeys.error.unknown"));
        boolean otherFactor = mine.size() > 1
                || factors.find(accountId).map(SecondFactorRepository.StoredFactor::confirmed).orElse(false);
        if (!otherFactor && SecondFactorPolicy.requiredFor(me)) {
            throw new Refusal("passkeys.error.lastFactor");
        }
        passkeys.delete(accountId, id);
        auditTrail.record(me.login(), "PASSKEY_REMOVED", me.login(), target.label(), RateLimits.currentClientAddress());
    }
}
