package ma.cimr.teleservices.account.recovery;

import java.util.List;

/** Where a forgotten-password attempt stands after each step, as the page needs to know it. */
public sealed interface RecoveryStep {

    /**
     * Refused, with the translation key of what to say. {@code startOver}: the attempt is void
     * (too many tries, expired, already used) and the person starts again from their login.
     */
    record Refused(String messageKey, boolean startOver) implements RecoveryStep {
    }

    /** The code was right: a company user now answers their secret questions, in this order. */
    record AnswerSecretQuestions(List<String> questions) implements RecoveryStep {
        public AnswerSecretQuestions {
            questions = List.copyOf(questions);
        }
    }

    /** The code was right: an affiliate or retiree now gives their CIN and birth date. */
    record ProveIdentity() implements RecoveryStep {
    }

    /** The new password is set; the person signs in with this login. */
    record PasswordChanged(String login) implements RecoveryStep {
    }
}
