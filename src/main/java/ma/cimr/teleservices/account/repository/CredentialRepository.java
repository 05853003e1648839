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

    /** The new address an e-mail change link will put in force once opened. */
    void addEmailChange(long linkId, String newEmail);

    /** Puts the new address of that link in force on the account, proven at {@code at}. */
    AppliedEmailChange applyEmailChange(long linkId, long accountId, Instant at);

    record AppliedEmailChange(String login, String newEmail) {
    }

    /** The account's login and current address, if it has one. */
    Optional<LoginAndEmail> loginAndEmail(long accountId);

    record LoginAndEmail(String login, Optional<String> email) {
    }
}
