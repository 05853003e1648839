package ma.cimr.teleservices.account.recovery.repository;

import ma.cimr.teleservices.security.AccountKind;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The forgotten-password attempts, the forgotten-login reminders, and what they need of an account. */
public interface RecoveryRepository {

    /** What recovery needs to know of an account; {@code emailConfirmed} only when the address was proven. */
    record Account(long id, String login, AccountKind kind, boolean active, String displayName,
                   @Nullable String email, boolean emailConfirmed, @Nullable String teleservice,
                   @Nullable String preferredLocale) {
    }

    /** One forgotten-password attempt, as read under lock. */
    record Attempt(long id, String typedLogin, @Nullable Long accountId, boolean codeSent, String codeHash,
                   Instant expiresAt, int codeFailures, @Nullable Instant verifiedAt, int answerFailures,
                   boolean closed) {
    }

    enum Outcome { RESET, VOIDED, REPLACED }

    /** Case-insensitive, as people type their login. */
    Optional<Account> findByLogin(String login);

    Optional<Account> findById(long accountId);

    /** The CIN and birth date of the affiliate or retiree the account belongs to. */
    Optional<Identity> identityOf(long accountId);

    record Identity(String cin, LocalDate birthDate) {
    }

    /** How many attempts named the account since {@code since}. */
    int attemptsSince(long accountId, Instant since);

    /** Closes the account's attempts still open: only the newest code may work. */
    void closeOpenAttempts(long accountId, Instant at, Outcome outcome);

    void addAttempt(String handleHash, String typedLogin, @Nullable Long accountId, boolean codeSent,
                    String codeHash, Instant at, Instant expiresAt);

    /** The attempt of that handle, locked until the end of the transaction so counters cannot race. */
    Optional<Attempt> lockAttempt(String handleHash);

    /** Returns the failures counted so far. */
    int countCodeFailure(long attemptId);

    int countAnswerFailure(long attemptId);

    void markVerified(long attemptId, Instant at, Instant newExpiry);

    void close(long attemptId, Instant at, Outcome outcome);

    /** Sets the new password's hash and lifts any lock, with the failures that caused it. */
    void setPassword(long accountId, String passwordHash);

    /** Active accounts whose proven address is this one (case-insensitive), by login. */
    List<Account> activeAccountsWithConfirmedEmail(String email);

    int remindersSince(String addressHash, Instant since);

    void addReminder(String addressHash, Instant at);
}
