package ma.cimr.teleservices.account;

import ma.cimr.teleservices.account.repository.AccountRepository;
import ma.cimr.teleservices.account.repository.PasskeyRepository;
import ma.cimr.teleservices.account.repository.PasskeyUserRepository;
import ma.cimr.teleservices.account.repository.SecondFactorRepository;
import ma.cimr.teleservices.account.repository.SecondFactorRepository.StoredFactor;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.SecondFactorPolicy;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The second factor after the password (issue 10, DD021): TOTP codes from an authenticator
 * application, enrolled at first sign-in, with ten recovery codes for a lost phone. A wrong or
 * replayed code counts as a wrong password (the same lockout) and goes to the audit trail.
 * Who must use it is the kernel's {@code SecondFactorPolicy}; an account that enrolled uses it.
 */
@Service
public class SecondFactorService {

    static final int RECOVERY_CODES = 10;
    /** The recovery codes of a new enrolment, in the HTTP session until their page shows them once. */
    public static final String NEW_RECOVERY_CODES = SecondFactorService.class.getName() + ".recoveryCodes";
    /** A code of the step before or after the current one still passes: phones' clocks drift. */
    private static final int TOLERATED_STEPS = 1;
    private static final int SECRET_BYTES = 20;
    private static final String ISSUER = "CIMR Teleservices";
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final SecondFactorRepository factors;
    private final PasskeyRepository passkeys;
    private final PasskeyUserRepository passkeyUsers;
    private final AccountRepository accounts;
    private final AccountService accountService;
    private final SecretSealing sealing;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SecondFactorService(SecondFactorRepository factors, PasskeyRepository passkeys, PasskeyUserRepository passkeyUsers,
                        AccountRepository accounts, AccountService accountService,
                        SecretSealing sealing, PasswordEncoder passwordEncoder, AuditTrail auditTrail, Clock clock) {
        this.factors = factors;
        this.passkeys = passkeys;
        this.passkeyUsers = passkeyUsers;
        this.accounts = accounts;
        this.accountService = accountService;
        this.sealing = sealing;
        this.passwordEncoder = passwordEncoder;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Whether a right password still leaves this account one step short of signed in. */
    @Transactional(readOnly = true)
    boolean asksFor(PortalUser user) {
        return SecondFactorPolicy.requiredFor(user) || hasFactor(user.accountId().value());
    }

    /** An authenticator application confirmed, or at least one passkey (DD031). */
    boolean hasFactor(long accountId) {
        return factors.find(accountId).map(StoredFactor::confirmed).orElse(false) || hasPasskey(accountId);
    }

    boolean hasPasskey(long accountId) {
        return !passkeys.findByAccount(accountId).isEmpty();
    }

    /** Whether the session waiting for its second factor may answer with a passkey: the page then offers it. */
    @Transactional(readOnly = true)
    public boolean pendingSignInHasPasskey() {
        return pendingSignIn().map(signIn -> hasPasskey(signIn.accountId())).orElse(false);
    }

    /** What the current session must still do; the guard sends every page there (no query when signed in). */
    public SecondFactorStep nextStep() {
        return pendingSignIn().map(signIn -> mayEnrol(signIn) ? SecondFactorStep.ENROL : SecondFactorStep.CODE)
                .orElse(SecondFactorStep.NONE);
    }

    /**
     * The secret the current session's person puts into their authenticator. The same one until
     * a code confirms it, so that reloading the page does not undo a scan.
     */
    @Transactional
    public Enrolment beginEnrolment() {
        PasswordOnlySignIn signIn = pendingSignIn().filter(this::mayEnrol)
                .orElseThrow(() -> new Refusal("login.secondFactor.error.notNow"));
        return enrolment(signIn.accountId(), signIn.login());
    }

    /** The secret shown to this account: the pending one if any, else a fresh one kept pending. */
    Enrolment enrolment(long accountId, String login) {
        byte[] secret = factors.find(accountId).map(StoredFactor::pendingSecret)
                .map(sealed -> sealing.open(accountId, sealed))
                .orElseGet(() -> {
                    byte[] fresh = new byte[SECRET_BYTES];
                    random.nextBytes(fresh);
                    factors.savePending(accountId, sealing.seal(accountId, fresh));
                    return fresh;
                });
        String base32 = Totp.base32(secret);
        String label = URLEncoder.encode(ISSUER + ":" + login, StandardCharsets.UTF_8).replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer="
                + URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20")
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new Enrolment(base32, uri);
    }

    /**
     * A code typed after the password. A six-digit code is checked against the authenticator's
     * secret; anything else against the unused recovery codes, each good once.
     */
    @Transactional
    Verdict verify(PasswordOnlySignIn signIn, String typed, @Nullable String sourceAddress) {
        Optional<PortalUser> user = usable(signIn);
        // a confirmed factor is one with a secret
        Optional<byte[]> secret = factors.find(signIn.accountId()).map(StoredFactor::secret);
        if (user.isEmpty() || !hasFactor(signIn.accountId())) {
            return unusable(signIn, sourceAddress);
        }
        String code = normalized(typed);
        if (code.matches("\\d{" + Totp.DIGITS + "}")) {
            if (secret.isEmpty()) {
                return refused(signIn, "wrong code, passkeys only", sourceAddress);
            }
            OptionalLong step = matchingStep(sealing.open(signIn.accountId(), secret.get()), code);
            if (step.isEmpty()) {
                return refused(signIn, "wrong code", sourceAddress);
            }
            if (!factors.advanceStep(signIn.accountId(), step.getAsLong())) {
                return refused(signIn, "code already used", sourceAddress);
            }
            auditTrail.record(signIn.login(), "SECOND_FACTOR_PASSED", signIn.login(), "TOTP", sourceAddress);
            return signedIn(user.get(), sourceAddress);
        }
        for (var stored : factors.unusedRecoveryCodes(signIn.accountId())) {
            if (passwordEncoder.matches(code, stored.hash()) && factors.useRecoveryCode(stored.id(), clock.instant())) {
                auditTrail.record(signIn.login(), "RECOVERY_CODE_USED", signIn.login(),
                        (factors.unusedRecoveryCodes(signIn.accountId()).size()) + " left", sourceAddress);
                return new Verdict(Outcome.RECOVERED, null, List.of());
            }
        }
        return refused(signIn, "wrong recovery code", sourceAddress);
    }

    /**
     * The first code from a newly enrolled authenticator: it proves the secret reached it. The
     * secret becomes the account's, and ten recovery codes replace any earlier ones; they are
     * returned in clear this once, and kept only as hashes.
     */
    @Transactional
    Verdict confirmEnrolment(PasswordOnlySignIn signIn, String typed, @Nullable String sourceAddress) {
        Optional<PortalUser> user = usable(signIn);
        byte[] pending = factors.find(signIn.accountId()).map(StoredFactor::pendingSecret).orElse(null);
        if (user.isEmpty() || pending == null || !mayEnrol(signIn)) {
            return unusable(signIn, sourceAddress);
        }
        OptionalLong step = matchingStep(sealing.open(signIn.accountId(), pending), normalized(typed));
        if (step.isEmpty()) {
            return refused(signIn, "wrong enrolment code", sourceAddress);
        }
        factors.confirmPending(signIn.accountId(), step.getAsLong(), clock.instant());
        List<String> codes = newRecoveryCodes(signIn.accountId());
        auditTrail.record(signIn.login(), "SECOND_FACTOR_ENROLLED", signIn.login(),
                signIn.recovered() ? "after a recovery code" : "first enrolment", sourceAddress);
        Verdict verdict = signedIn(user.get(), sourceAddress);
        return new Verdict(Outcome.SIGNED_IN, verdict.user(), List.copyOf(codes));
    }

    /**
     * A passkey registered from the enrolment page (DD031): like a first code, it proves the
     * person holds a factor. After a recovery code, the lost authenticator's secret goes; ten
     * recovery codes replace any earlier ones and are returned in clear this once.
     */
    @Transactional
    Verdict confirmPasskeyEnrolment(PasswordOnlySignIn signIn, @Nullable String sourceAddress) {
        Optional<PortalUser> user = usable(signIn);
        if (user.isEmpty() || !hasPasskey(signIn.accountId())) {
            return unusable(signIn, sourceAddress);
        }
        if (signIn.recovered()) {
            factors.forget(signIn.accountId());
        }
        List<String> codes = newRecoveryCodes(signIn.accountId());
        auditTrail.record(signIn.login(), "SECOND_FACTOR_ENROLLED", signIn.login(),
                (signIn.recovered() ? "after a recovery code" : "first enrolment") + ", passkey", sourceAddress);
        Verdict verdict = signedIn(user.get(), sourceAddress);
        return new Verdict(Outcome.SIGNED_IN, verdict.user(), List.copyOf(codes));
    }

    /**
     * A passkey's assertion after the password, already verified by Spring Security's relying
     * party for {@code userHandle}'s passkey: it signs in exactly as a right code does, if the
     * passkey is the account's own.
     */
    @Transactional
    Verdict passkeyAsserted(PasswordOnlySignIn signIn, org.springframework.security.web.webauthn.api.Bytes userHandle,
                            @Nullable String sourceAddress) {
        Optional<PortalUser> user = usable(signIn);
        if (user.isEmpty()) {
            return unusable(signIn, sourceAddress);
        }
        if (passkeyUsers.accountOf(userHandle) != signIn.accountId()) {
            return refused(signIn, "another account's passkey", sourceAddress);
        }
        auditTrail.record(signIn.login(), "SECOND_FACTOR_PASSED", signIn.login(), "PASSKEY", sourceAddress);
        return signedIn(user.get(), sourceAddress);
    }

    /** A passkey assertion that did not verify: counted and audited as a wrong code. */
    @Transactional
    Verdict passkeyRefused(PasswordOnlySignIn signIn, String why, @Nullable String sourceAddress) {
        return usable(signIn).isEmpty() ? unusable(signIn, sourceAddress) : refused(signIn, why, sourceAddress);
    }

    /**
     * A delegate who lost their authenticator and their recovery codes: the signed and stamped
     * letter (DD014) gave them a one-time link, and the password they chose through it brings
     * an enrolment at their next sign-in. Called only by that link's use, in its transaction.
     */
    @Transactional
    public void forgetAfterLetter(long accountId, String login) {
        boolean hadPasskeys = hasPasskey(accountId);
        passkeys.findByAccount(accountId).forEach(passkey -> passkeys.delete(accountId, passkey.credentialId()));
        if (factors.find(accountId).isPresent() || hadPasskeys) {
            factors.forget(accountId);
            auditTrail.record(login, "SECOND_FACTOR_RESET", login, "password reset by a signed letter", null);
        }
    }

    private Verdict signedIn(PortalUser user, @Nullable String sourceAddress) {
        accountService.recordSuccessfulLogin(user, sourceAddress);
        user.eraseCredentials();
        return new Verdict(Outcome.SIGNED_IN, user, List.of());
    }

    /** Counted as a wrong password: the same free attempts, then the same growing lock. */
    private Verdict refused(PasswordOnlySignIn signIn, String why, @Nullable String sourceAddress) {
        auditTrail.record(signIn.login(), "SECOND_FACTOR_FAILED", signIn.login(), why, sourceAddress);
        accountService.recordFailedLogin(signIn.login());
        return new Verdict(Outcome.REFUSED, null, List.of());
    }

    /**
     * Locked, stopped, or nothing to check the code against: refused without a look at the code
     * and without counting, as Spring refuses a locked account's password without counting it.
     */
    private Verdict unusable(PasswordOnlySignIn signIn, @Nullable String sourceAddress) {
        auditTrail.record(signIn.login(), "SECOND_FACTOR_FAILED", signIn.login(), "account locked or stopped, or no factor",
                sourceAddress);
        return new Verdict(Outcome.REFUSED, null, List.of());
    }

    /** Still active and not locked: a lock earned by wrong codes also stops right ones. */
    private Optional<PortalUser> usable(PasswordOnlySignIn signIn) {
        return accounts.findByLogin(signIn.login(), clock.instant())
                .filter(user -> user.accountId().value() == signIn.accountId())
                .filter(user -> user.isEnabled() && user.isAccountNonLocked());
    }

    boolean mayEnrol(PasswordOnlySignIn signIn) {
        return signIn.recovered() || !hasFactor(signIn.accountId());
    }

    OptionalLong matchingStep(byte[] secret, String code) {
        long now = Totp.step(clock.instant());
        for (long step = now - TOLERATED_STEPS; step <= now + TOLERATED_STEPS; step++) {
            if (java.security.MessageDigest.isEqual(Totp.code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** Ten fresh recovery codes replace any earlier ones; only their hashes are kept. */
    List<String> newRecoveryCodes(long accountId) {
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = recoveryCode();
            codes.add(code);
            hashes.add(passwordEncoder.encode(normalized(code)));
        }
        factors.replaceRecoveryCodes(accountId, hashes);
        return List.copyOf(codes);
    }

    private String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    /** As people copy codes: spaces, dashes and case do not matter. */
    static String normalized(@Nullable String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    static Optional<PasswordOnlySignIn> pendingSignIn() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PasswordOnlySignIn signIn
                ? Optional.of(signIn) : Optional.empty();
    }

    enum Outcome { SIGNED_IN, RECOVERED, REFUSED }

    /** The filter's answer: signed in (with recovery codes to show once, after an enrolment), recovered, or refused. */
    record Verdict(Outcome outcome, @Nullable PortalUser user, List<String> recoveryCodes) {
    }
}
