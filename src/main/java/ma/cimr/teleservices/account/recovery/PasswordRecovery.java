package ma.cimr.teleservices.account.recovery;

import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.RateLimits.Door;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.security.PasswordPolicy;
import ma.cimr.teleservices.account.SecretAnswers;
import ma.cimr.teleservices.account.recovery.RecoveryStep.AnswerSecretQuestions;
import ma.cimr.teleservices.account.recovery.RecoveryStep.PasswordChanged;
import ma.cimr.teleservices.account.recovery.RecoveryStep.ProveIdentity;
import ma.cimr.teleservices.account.recovery.RecoveryStep.Refused;
import ma.cimr.teleservices.account.recovery.repository.RecoveryRepository;
import ma.cimr.teleservices.account.recovery.repository.RecoveryRepository.Account;
import ma.cimr.teleservices.account.recovery.repository.RecoveryRepository.Attempt;
import ma.cimr.teleservices.account.recovery.repository.RecoveryRepository.Outcome;
import ma.cimr.teleservices.shared.links.Tokens;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A forgotten password, for the people who may recover it themselves: company téléservice users
 * (a code e-mailed to their confirmed address, then their secret answers) and affiliates and
 * retirees (the code, then their CIN and birth date). Knowledge alone never suffices: the code
 * proves the mailbox, the answers prove the person.
 *
 * <p>Every request gets an attempt, whether the login exists or not, and every step of an attempt
 * answers the same way for a login that does not exist, has no confirmed address, has no secret
 * questions, is locked or belongs to a user administrator: no code was sent for those, and their
 * code can never match. Only the owner of the confirmed address learns more, by e-mail.
 *
 * <p>Steps return a {@link RecoveryStep} rather than throw, so that a wrong code or wrong answers
 * are counted in the same transaction that refuses them.
 */
@Service
public class PasswordRecovery {

    static final Duration CODE_VALIDITY = Duration.ofMinutes(15);
    static final int CODE_ATTEMPTS = 5;
    static final int ANSWER_ATTEMPTS = 3;
    /** Requests naming one account in 24 hours beyond which nothing more is sent: no mailbox flooding, few codes to guess. */
    static final int REQUESTS_PER_DAY = 5;
    private static final int CODE_DIGITS = 8;
    private static final int MAX_LOGIN_LENGTH = 64;

    static final Refused WRONG_CODE = new Refused("recovery.error.code", false);
    static final Refused START_OVER = new Refused("recovery.error.startOver", true);

    private final RateLimits rateLimits;
    private final RecoveryRepository attempts;
    private final SecretAnswers secretAnswers;
    private final PasswordEncoder encoder;
    private final RecoveryMails mails;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PasswordRecovery(RecoveryRepository attempts, SecretAnswers secretAnswers, PasswordEncoder encoder,
                     RecoveryMails mails, AuditTrail auditTrail, RateLimits rateLimits, Clock clock) {
        this.attempts = attempts;
        this.rateLimits = rateLimits;
        this.secretAnswers = secretAnswers;
        this.encoder = encoder;
        this.mails = mails;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * Step 1: someone typed a login. Returns the handle of the attempt, for the next steps; the page
     * keeps it and says the same thing whatever happened here.
     */
    @Transactional
    public String start(String typedLogin, Locale pageLocale) {
        rateLimits.knock(Door.PASSWORD_RECOVERY);
        String login = typed(typedLogin);
        Instant now = clock.instant();
        String code = newCode();
        Optional<Account> account = login.isEmpty() ? Optional.empty() : attempts.findByLogin(login);
        boolean codeSent = false;
        String outcome;
        if (account.isEmpty()) {
            outcome = "unknown login: nothing sent";
        } else if (attempts.attemptsSince(account.get().id(), now.minus(Duration.ofDays(1))) >= REQUESTS_PER_DAY) {
            outcome = REQUESTS_PER_DAY + " requests in 24 h: nothing sent";
        } else {
            Account found = account.get();
            attempts.closeOpenAttempts(found.id(), now, Outcome.REPLACED);
            outcome = switch (route(found)) {
                case CODE -> {
                    mails.code(found, code, CODE_VALIDITY, pageLocale);
                    codeSent = true;
                    yield "code sent to the confirmed address";
                }
                case SIGNED_LETTER -> {
                    mails.delegateProcedure(found, pageLocale);
                    yield "user administrator: told the signed-letter procedure by e-mail";
                }
                case ASK_ADMINISTRATOR -> {
                    mails.askAdministrator(found, pageLocale);
                    yield "no secret questions: told to ask the user administrator by e-mail";
                }
                case NONE -> "not recoverable here (" + whyNot(found) + "): nothing sent";
            };
        }
        String handle = Tokens.newToken();
        attempts.addAttempt(Tokens.hash(handle), login, account.map(Account::id).orElse(null), codeSent,
                encoder.encode(code), now, now.plus(CODE_VALIDITY));
        auditTrail.record(actor(login), "PASSWORD_RECOVERY_REQUESTED", account.map(Account::login).orElse(null),
                outcome, null);
        return handle;
    }

    /** Step 2: the code from the e-mail. Only the right code, in time, leads to the questions. */
    @Transactional
    public RecoveryStep checkCode(String handle, String typedCode) {
        Optional<Attempt> found = attempts.lockAttempt(Tokens.hash(handle));
        if (found.isEmpty()) {
            return START_OVER;
        }
        Attempt attempt = found.get();
        Instant now = clock.instant();
        if (attempt.closed() || !now.isBefore(attempt.expiresAt())) {
            audit(attempt, "PASSWORD_RECOVERY_CODE_REFUSED", attempt.closed() ? "attempt closed" : "expired");
            return START_OVER;
        }
        // bcrypt runs for every attempt, sent or not: the answer takes as long either way
        boolean right = encoder.matches(digits(typedCode), attempt.codeHash()) && attempt.codeSent();
        if (!right) {
            int failures = attempts.countCodeFailure(attempt.id());
            if (failures >= CODE_ATTEMPTS) {
                attempts.close(attempt.id(), now, Outcome.VOIDED);
                audit(attempt, "PASSWORD_RECOVERY_VOIDED", failures + " wrong codes");
                return START_OVER;
            }
            audit(attempt, "PASSWORD_RECOVERY_CODE_REFUSED", "wrong code " + failures + "/" + CODE_ATTEMPTS);
            return WRONG_CODE;
        }
        Long accountId = attempt.accountId();
        if (accountId == null) {
            // a code is sent only for a login found, and a code not sent is never right
            return START_OVER;
        }
        attempts.markVerified(attempt.id(), now, now.plus(CODE_VALIDITY));
        audit(attempt, "PASSWORD_RECOVERY_CODE_ACCEPTED", null);
        Account account = attempts.findById(accountId).orElseThrow();
        return account.kind() == AccountKind.COMPANY_USER
                ? new AnswerSecretQuestions(secretAnswers.questionsOf(account.id()))
                : new ProveIdentity();
    }

    /** Step 3 for a company user: the secret answers (case and accents aside) and the new password. */
    @Transactional
    public RecoveryStep resetWithAnswers(String handle, List<String> answers, String newPassword, Locale pageLocale) {
        return reset(handle, AccountKind.COMPANY_USER, newPassword, pageLocale,
                account -> secretAnswers.allMatch(account.id(), answers), "e-mail code and secret answers");
    }

    /** Step 3 for an affiliate or a retiree: their CIN and birth date, and the new password. */
    @Transactional
    public RecoveryStep resetWithIdentity(String handle, @Nullable String cin, @Nullable LocalDate birthDate,
                                          String newPassword, Locale pageLocale) {
        String typedCin = cin == null ? "" : cin.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return reset(handle, null, newPassword, pageLocale, account -> attempts.identityOf(account.id())
                .map(identity -> identity.cin().equals(typedCin) && identity.birthDate().equals(birthDate))
                .orElse(false), "e-mail code and identity");
    }

    private interface Proof {
        boolean holds(Account account);
    }

    /** {@code kind} null: an affiliate or a retiree. */
    private RecoveryStep reset(String handle, @Nullable AccountKind kind, @Nullable String newPassword, Locale pageLocale,
                               Proof proof, String how) {
        Optional<Attempt> found = attempts.lockAttempt(Tokens.hash(handle));
        Instant now = clock.instant();
        if (found.isEmpty() || found.get().closed() || found.get().verifiedAt() == null
                || !now.isBefore(found.get().expiresAt())) {
            return START_OVER;
        }
        Attempt attempt = found.get();
        Long accountId = attempt.accountId();
        if (accountId == null) {
            return START_OVER;
        }
        Optional<Account> account = attempts.findById(accountId)
                .filter(a -> a.active() && (kind == null
                        ? a.kind() == AccountKind.AFFILIATE || a.kind() == AccountKind.RETIREE : a.kind() == kind));
        if (account.isEmpty()) {
            return START_OVER;
        }
        // the password is checked first: a weak one costs no try of the answers
        Optional<String> weak = PasswordPolicy.problem(newPassword == null ? "" : newPassword, account.get().login());
        if (weak.isPresent()) {
            return new Refused(weak.get(), false);
        }
        if (!proof.holds(account.get())) {
            int failures = attempts.countAnswerFailure(attempt.id());
            if (failures >= ANSWER_ATTEMPTS) {
                attempts.close(attempt.id(), now, Outcome.VOIDED);
                audit(attempt, "PASSWORD_RECOVERY_VOIDED", failures + " wrong answers");
                return START_OVER;
            }
            audit(attempt, "PASSWORD_RECOVERY_ANSWERS_REFUSED", "wrong answers " + failures + "/" + ANSWER_ATTEMPTS);
            return new Refused(kind == null ? "recovery.error.identity" : "recovery.error.answers", false);
        }
        String hash = encoder.encode(newPassword);
        if (hash == null) {
            // Spring's encoders give no hash only for no password, and the policy refused that above
            throw new IllegalStateException("no hash for a new password");
        }
        attempts.setPassword(account.get().id(), hash);
        attempts.close(attempt.id(), now, Outcome.RESET);
        attempts.closeOpenAttempts(account.get().id(), now, Outcome.REPLACED);
        mails.passwordChanged(account.get(), pageLocale);
        auditTrail.record(account.get().login(), "PASSWORD_RESET", account.get().login(),
                how + "; any lock lifted", null);
        return new PasswordChanged(account.get().login());
    }

    private enum Route { CODE, SIGNED_LETTER, ASK_ADMINISTRATOR, NONE }

    private Route route(Account account) {
        if (!account.active() || !account.emailConfirmed()) {
            return Route.NONE;
        }
        return switch (account.kind()) {
            case DELEGATE -> Route.SIGNED_LETTER;
            case COMPANY_USER -> secretAnswers.questionsOf(account.id()).isEmpty() ? Route.ASK_ADMINISTRATOR : Route.CODE;
            case AFFILIATE, RETIREE -> attempts.identityOf(account.id()).isPresent() ? Route.CODE : Route.NONE;
            case STAFF -> Route.NONE;
        };
    }

    private static String whyNot(Account account) {
        if (!account.active()) {
            return "account not active";
        }
        if (!account.emailConfirmed()) {
            return "no confirmed e-mail address";
        }
        return account.kind() == AccountKind.STAFF ? "staff account" : "no identity on file";
    }

    private void audit(Attempt attempt, String action, @Nullable String details) {
        auditTrail.record(actor(attempt.typedLogin()), action, null, details, null);
    }

    /** The audit trail needs an actor; an empty login is still someone who asked. */
    private static String actor(String login) {
        return login.isEmpty() ? "?" : login;
    }

    private static String typed(@Nullable String login) {
        String stripped = login == null ? "" : login.strip();
        return stripped.length() > MAX_LOGIN_LENGTH ? stripped.substring(0, MAX_LOGIN_LENGTH) : stripped;
    }

    /** People paste "1234 5678" or add a space: only digits count, and never more than bcrypt reads. */
    private static String digits(@Nullable String code) {
        String digits = code == null ? "" : code.replaceAll("[^0-9]", "");
        return digits.length() > 2 * CODE_DIGITS ? digits.substring(0, 2 * CODE_DIGITS) : digits;
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_DIGITS);
        for (int i = 0; i < CODE_DIGITS; i++) {
            code.append(random.nextInt(10));
        }
        return code.toString();
    }
}
