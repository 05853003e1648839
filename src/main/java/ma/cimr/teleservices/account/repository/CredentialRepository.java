package ma.cimr.teleservices.account.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What proves a person is an account's owner besides its password: secret answers, a proven e-mail. */
public interface CredentialRepository {

    /** Replaces all the account's secret questions; answers arrive already hashed. */
    void replaceSecretAnswers(long accountId, List<StoredSecretAnswer> answers);

    /** In position order; empty when the account has none. */
    List<StoredSecretAnswer> secretAnswers(long accountId);

    record StoredSecretAnswer(String question, String answerHash) {
    }

    void addEmailChange(long accountId, String newEmail, String tokenHash, Instant at, Instant expiresAt);

    /** The unused, unexpired change of that token's hash. */
    Optional<PendingEmailChange> findEmailChange(String tokenHash, Instant now);

    record PendingEmailChange(long id, long accountId, String login, String newEmail) {
    }

    /** Puts the new address in force, marks it proven and uses the link (and any older one) up. */
    void applyEmailChange(PendingEmailChange change, Instant at);

    /** The account's login and current address, if it has one. */
    Optional<LoginAndEmail> loginAndEmail(long accountId);

    record LoginAndEmail(String login, Optional<String> email) {
    }
}
