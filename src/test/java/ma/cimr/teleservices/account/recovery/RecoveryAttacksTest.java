package ma.cimr.teleservices.account.recovery;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.notification.OutboxDelivery;
import ma.cimr.teleservices.account.SecretAnswers;
import ma.cimr.teleservices.account.recovery.RecoveryStep.AnswerSecretQuestions;
import ma.cimr.teleservices.account.recovery.RecoveryStep.PasswordChanged;
import ma.cimr.teleservices.account.recovery.RecoveryStep.ProveIdentity;
import ma.cimr.teleservices.account.recovery.RecoveryStep.Refused;
import ma.cimr.teleservices.shared.links.Tokens;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone tries to take over an account through the forgotten-password steps, knowing more or
 * less. Each test counts its attempts: every one must be refused, and the password must not move.
 * The tally of every category is printed at the end, for the record.
 */
@PortalTest
@Transactional
class RecoveryAttacksTest {

    static final String VICTIM = "atlas.victime";
    static final String VICTIM_EMAIL = "atlas.victime@demo.example";
    static final String ATTACKER_PASSWORD = "le mot de passe de l'attaquant";
    static final String AFFILIATE_VICTIM = "10000005";
    static final Locale FR = Locale.FRENCH;
    static final Map<String, Integer> TALLY = new TreeMap<>();

    @Autowired
    PasswordRecovery recovery;
    @Autowired
    DSLContext dsl;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SecretAnswers secretAnswers;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    TestClock clock;

    RecoveryAccounts accounts;
    Instant start;

    @BeforeEach
    void setUp() {
        accounts = new RecoveryAccounts(dsl, encoder, secretAnswers);
        accounts.companyUser(VICTIM, VICTIM_EMAIL);
        start = clock.instant();
        delivery.deliverDue();
        mailbox.purge();
    }

    @AfterEach
    void tearDown() {
        clock.set(start);
    }

    @AfterAll
    static void printTally() {
        TALLY.forEach((category, count) ->
                System.out.printf("[recovery attacks] %s: %d tried, %d refused, 0 succeeded%n", category, count, count));
    }

    @Test
    void theSecretAnswersWithoutTheEmailedCodeNeverChangeThePassword() {
        int refused = 0;
        int startsWithCode = 0;
        for (int round = 1; round <= PasswordRecovery.REQUESTS_PER_DAY; round++) {
            String handle = recovery.start(VICTIM, FR);
            startsWithCode++;
            // straight to the answers, no code
            refused += refusedToStartOver(recovery.resetWithAnswers(handle, RecoveryAccounts.ANSWERS, ATTACKER_PASSWORD, FR));
            // guessed codes: the fifth wrong one voids the attempt
            for (int guess = 1; guess <= PasswordRecovery.CODE_ATTEMPTS; guess++) {
                RecoveryStep step = recovery.checkCode(handle, String.format("%08d", guess * 1_234_567 % 100_000_000));
                assertThat(step).isEqualTo(guess < PasswordRecovery.CODE_ATTEMPTS
                        ? PasswordRecovery.WRONG_CODE : PasswordRecovery.START_OVER);
                refused++;
            }
            refused += refusedToStartOver(recovery.resetWithAnswers(handle, RecoveryAccounts.ANSWERS, ATTACKER_PASSWORD, FR));
            // even the real code no longer opens a voided attempt
            refused += refusedToStartOver(recovery.checkCode(handle, lastCode(VICTIM_EMAIL)));
        }
        // past the day's requests nothing is sent any more, and no code can match
        String beyondTheCap = recovery.start(VICTIM, FR);
        delivery.deliverDue();
        assertThat(mailbox.receivedBy(VICTIM_EMAIL)).hasSize(startsWithCode);
        for (int guess = 0; guess < PasswordRecovery.CODE_ATTEMPTS; guess++) {
            assertThat(recovery.checkCode(beyondTheCap, String.format("%08d", guess))).isInstanceOf(Refused.class);
            refused++;
        }
        // a handle the portal never gave
        for (int forged = 0; forged < 10; forged++) {
            refused += refusedToStartOver(recovery.resetWithAnswers(Tokens.newToken(), RecoveryAccounts.ANSWERS,
                    ATTACKER_PASSWORD, FR));
            refused += refusedToStartOver(recovery.checkCode(Tokens.newToken(), "12345678"));
        }

        assertThat(refused).isEqualTo(5 * (1 + 5 + 1 + 1) + 5 + 20);
        assertThat(accounts.hasPassword(VICTIM, RecoveryAccounts.OLD_PASSWORD)).isTrue();
        TALLY.merge("right secret answers without the right code", refused, Integer::sum);
    }

    @Test
    void theRightCodeWithWrongAnswersNeverChangesThePassword() {
        int refused = 0;
        List<List<String>> wrongAnswers = List.of(
                List.of("Fès", "Conserverie Agadir"),
                List.of("Meknès", "Conserverie Atlas"),
                List.of("Conserverie Atlas", "Fès"));
        String handle = recovery.start(VICTIM, FR);
        assertThat(recovery.checkCode(handle, lastCode(VICTIM_EMAIL))).isInstanceOf(AnswerSecretQuestions.class);
        for (int i = 0; i < wrongAnswers.size(); i++) {
            RecoveryStep step = recovery.resetWithAnswers(handle, wrongAnswers.get(i), ATTACKER_PASSWORD, FR);
            assertThat(step).isEqualTo(i < PasswordRecovery.ANSWER_ATTEMPTS - 1
                    ? new Refused("recovery.error.answers", false) : PasswordRecovery.START_OVER);
            refused++;
        }
        refused += refusedToStartOver(recovery.resetWithAnswers(handle, RecoveryAccounts.ANSWERS, ATTACKER_PASSWORD, FR));

        String second = recovery.start(VICTIM, FR);
        assertThat(recovery.checkCode(second, lastCode(VICTIM_EMAIL))).isInstanceOf(AnswerSecretQuestions.class);
        for (List<String> answers : List.of(List.of("Fès"), List.of("", ""),
                List.of("Fès", "Conserverie Atlas", "Casablanca"))) {
            assertThat(recovery.resetWithAnswers(second, answers, ATTACKER_PASSWORD, FR)).isInstanceOf(Refused.class);
            refused++;
        }
        refused += refusedToStartOver(recovery.resetWithAnswers(second, RecoveryAccounts.ANSWERS, ATTACKER_PASSWORD, FR));

        assertThat(refused).isEqualTo(8);
        assertThat(accounts.hasPassword(VICTIM, RecoveryAccounts.OLD_PASSWORD)).isTrue();
        TALLY.merge("right code, wrong secret answers", refused, Integer::sum);
    }

    @Test
    void aCodeServesOneAttemptOnceAndForFifteenMinutes() {
        int refused = 0;
        // expired before it was typed
        String late = recovery.start(VICTIM, FR);
        String lateCode = lastCode(VICTIM_EMAIL);
        clock.advance(PasswordRecovery.CODE_VALIDITY);
        refused += refusedToStartOver(recovery.checkCode(late, lateCode));
        clock.set(start);

        // typed in time, but the answers came too late
        String slow = recovery.start(VICTIM, FR);
        assertThat(recovery.checkCode(slow, lastCode(VICTIM_EMAIL))).isInstanceOf(AnswerSecretQuestions.class);
        clock.advance(PasswordRecovery.CODE_VALIDITY.plusSeconds(1));
        refused += refusedToStartOver(recovery.resetWithAnswers(slow, RecoveryAccounts.ANSWERS, ATTACKER_PASSWORD, FR));
        clock.set(start);

        // a newer request replaces the older one: only the newest code works, only on its own attempt
        String first = recovery.start(VICTIM, FR);
        String firstCode = lastCode(VICTIM_EMAIL);
        String second = recovery.start(VICTIM, FR);
        String secondCode = lastCode(VICTIM_EMAIL);
        refused += refusedToStartOver(recovery.checkCode(first, firstCode));
        assertThat(recovery.checkCode(second, firstCode)).isEqualTo(PasswordRecovery.WRONG_CODE);
        refused++;

        // used once by its owner, then replayed
        assertThat(recovery.checkCode(second, secondCode)).isInstanceOf(AnswerSecretQuestions.class);
        assertThat(recovery.resetWithAnswers(second, List.of("fes", "CONSERVERIE ATLAS"), "ma nouvelle phrase de passe", FR))
                .isEqualTo(new PasswordChanged(VICTIM));
        refused += refusedToStartOver(recovery.checkCode(second, secondCode));
        refused += refusedToStartOver(recovery.resetWithAnswers(second, RecoveryAccounts.ANSWERS, ATTACKER_PASSWORD, FR));

        assertThat(refused).isEqualTo(6);
        assertThat(accounts.hasPassword(VICTIM, "ma nouvelle phrase de passe")).isTrue();
        TALLY.merge("expired, replaced or replayed code", refused, Integer::sum);
    }

    @Test
    void anAffiliatesIdentityAloneOrWithTheWrongDetailsNeverChangesThePassword() {
        var identity = dsl.select(AFFILIATE.CIN, AFFILIATE.BIRTH_DATE, USER_ACCOUNT.EMAIL).from(AFFILIATE)
                .join(USER_ACCOUNT).on(USER_ACCOUNT.AFFILIATE_ID.eq(AFFILIATE.ID))
                .where(USER_ACCOUNT.LOGIN.eq(AFFILIATE_VICTIM)).fetchSingle();
        String cin = identity.value1().value();
        LocalDate birthDate = identity.value2();
        int refused = 0;

        String handle = recovery.start(AFFILIATE_VICTIM, FR);
        // the matricule, CIN and birth date are all an attacker may know: without the code, nothing
        refused += refusedToStartOver(recovery.resetWithIdentity(handle, cin, birthDate, ATTACKER_PASSWORD, FR));
        assertThat(recovery.checkCode(handle, lastCode(identity.value3().value()))).isInstanceOf(ProveIdentity.class);
        assertThat(recovery.resetWithIdentity(handle, cin, birthDate.plusDays(1), ATTACKER_PASSWORD, FR))
                .isEqualTo(new Refused("recovery.error.identity", false));
        assertThat(recovery.resetWithIdentity(handle, "ZZ999999", birthDate, ATTACKER_PASSWORD, FR))
                .isEqualTo(new Refused("recovery.error.identity", false));
        assertThat(recovery.resetWithIdentity(handle, cin, null, ATTACKER_PASSWORD, FR)).isEqualTo(PasswordRecovery.START_OVER);
        refused += 3;
        refused += refusedToStartOver(recovery.resetWithIdentity(handle, cin, birthDate, ATTACKER_PASSWORD, FR));
        // and the secret-question route does not open an affiliate's attempt
        String other = recovery.start(AFFILIATE_VICTIM, FR);
        assertThat(recovery.checkCode(other, lastCode(identity.value3().value()))).isInstanceOf(ProveIdentity.class);
        refused += refusedToStartOver(recovery.resetWithAnswers(other, RecoveryAccounts.ANSWERS, ATTACKER_PASSWORD, FR));

        assertThat(refused).isEqualTo(6);
        assertThat(encoder.matches(ATTACKER_PASSWORD, dsl.select(USER_ACCOUNT.PASSWORD_HASH).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.LOGIN.eq(AFFILIATE_VICTIM)).fetchSingle().value1())).isFalse();
        TALLY.merge("affiliate: identity without the code, or wrong identity", refused, Integer::sum);
    }

    private static int refusedToStartOver(RecoveryStep step) {
        assertThat(step).isEqualTo(PasswordRecovery.START_OVER);
        return 1;
    }

    private String lastCode(String address) {
        delivery.deliverDue();
        var mails = mailbox.receivedBy(address);
        assertThat(mails).isNotEmpty();
        Matcher code = Pattern.compile("(?m)^(\\d{8})\\s*$").matcher(mails.getLast().body());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }
}
