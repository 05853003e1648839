package ma.cimr.teleservices.account;

import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.account.repository.CredentialRepository;
import ma.cimr.teleservices.account.repository.CredentialRepository.StoredSecretAnswer;
import ma.cimr.teleservices.shared.Refusal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The secret questions of a téléservice user, one of the two factors of a password recovery (the
 * other is a code sent to their proven e-mail; answers alone never suffice). People do not type an
 * answer twice the same way, so the answer is normalised before hashing: case, accents, Arabic
 * diacritics and letter variants, punctuation and spacing do not count.
 *
 * <p>Nothing here decides who may set someone's questions: the callers do (the delegate's console
 * for its company's users, a user for themselves).
 */
@Service
public class SecretAnswers {

    static final int MIN_QUESTIONS = 2;
    static final int MAX_QUESTIONS = 3;
    static final int MIN_ANSWER_LENGTH = 2;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{P}\\p{S}\\s\\u0640]+");

    private final CredentialRepository credentials;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    /**
     * Hashed once, at the first account found without questions, so that it costs a hash comparison
     * like the others; not at start, where the hash's deliberate slowness (200 ms here) would delay
     * the portal's first page, as Spring Security's own decoy for unknown users is made late too.
     */
    private final SingletonSupplier<String> decoyHash;

    SecretAnswers(CredentialRepository credentials, PasswordEncoder passwordEncoder, AuditTrail auditTrail,
                  CurrentUser currentUser) {
        this.credentials = credentials;
        this.passwordEncoder = passwordEncoder;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.decoyHash = SingletonSupplier.of(() -> passwordEncoder.encode("decoy-answer-never-matched"));
    }

    /**
     * "Fès" and "fes", "  Ben Ali " and "benali", "أحمد" and "احمد" give the same answer. Spaces are
     * dropped too: "Ben Ali" and "Benali" are the same person's answer.
     */
    public static String normalise(String answer) {
        String decomposed = Normalizer.normalize(answer, Normalizer.Form.NFD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("")
                .replace('\u0671', '\u0627')   // alef wasla → alef
                .replace('\u0649', '\u064A')   // alef maqsura → ya
                .replace('\u0629', '\u0647');  // ta marbuta → ha
        return SEPARATORS.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** Replaces the account's questions; the previous ones stop counting at once. */
    @Transactional
    public void replace(long accountId, List<SecretQuestion> questions) {
        if (questions.size() < MIN_QUESTIONS || questions.size() > MAX_QUESTIONS) {
            throw new Refusal("secret.error.count");
        }
        var seen = new HashSet<String>();
        List<StoredSecretAnswer> stored = questions.stream().map(q -> {
            String question = q.question() == null ? "" : q.question().strip();
            if (question.length() < 5 || question.length() > 200) {
                throw new Refusal("secret.error.question");
            }
            if (!seen.add(normalise(question))) {
                throw new Refusal("secret.error.sameQuestion");
            }
            String answer = q.answer() == null ? "" : normalise(q.answer());
            if (answer.length() < MIN_ANSWER_LENGTH) {
                throw new Refusal("secret.error.answer");
            }
            return new StoredSecretAnswer(question, passwordEncoder.encode(answer));
        }).toList();
        credentials.replaceSecretAnswers(accountId, stored);
        String login = credentials.loginAndEmail(accountId).map(CredentialRepository.LoginAndEmail::login)
                .orElseThrow(() -> new IllegalArgumentException("no such account"));
        String actor = currentUser.find().map(PortalUser::login).orElse(login);
        auditTrail.record(actor, "SECRET_QUESTIONS_SET", login, stored.size() + " questions", null);
    }

    @Transactional(readOnly = true)
    public List<String> questionsOf(long accountId) {
        return credentials.secretAnswers(accountId).stream().map(StoredSecretAnswer::question).toList();
    }

    /**
     * True only when the account has questions and every one is answered right, in order. Every
     * stored answer is compared even after a wrong one, so the time taken tells nothing.
     */
    @Transactional(readOnly = true)
    public boolean allMatch(long accountId, List<String> answers) {
        List<StoredSecretAnswer> stored = credentials.secretAnswers(accountId);
        if (stored.isEmpty()) {
            passwordEncoder.matches("", decoyHash.obtain());
            return false;
        }
        boolean all = answers.size() == stored.size();
        for (int i = 0; i < stored.size(); i++) {
            String given = i < answers.size() && answers.get(i) != null ? normalise(answers.get(i)) : "";
            all &= passwordEncoder.matches(given, stored.get(i).answerHash());
        }
        return all;
    }
}
