package ma.cimr.teleservices.account.recovery;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.notification.OutboxDelivery;
import ma.cimr.teleservices.account.SecretAnswers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody learns from the recovery pages whether a login exists, has a proven address, has secret
 * questions, is locked or suspended, or belongs to a user administrator: at every step, the page
 * is the same to the byte. Only the owner of the proven address learns more, by e-mail.
 */
@Transactional
class RecoveryEnumerationTest extends PortalBrowserlessTest {

    static final String READY = "atlas.enum.pret";
    static final String NO_EMAIL = "atlas.enum.sansmail";
    static final String UNPROVEN = "atlas.enum.nonprouve";
    static final String NO_QUESTIONS = "atlas.enum.sansquestions";
    static final String LOCKED = "atlas.enum.verrouille";
    static final String SUSPENDED = "atlas.enum.suspendu";
    static final String UNKNOWN = "personne.inconnue";
    static final String DELEGATE = "100891";
    static final String DELEGATE_EMAIL = "o.berrada@fes-textiles.example";

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

    @BeforeEach
    void setUp() {
        accounts = new RecoveryAccounts(dsl, encoder, secretAnswers);
        accounts.companyUser(READY, mail(READY));
        accounts.companyUser(NO_EMAIL, null, false);
        accounts.companyUser(UNPROVEN, mail(UNPROVEN), false);
        secretAnswers.replace(accounts.companyUser(UNPROVEN + "2", mail(UNPROVEN + "2"), false),
                List.of(new ma.cimr.teleservices.account.SecretQuestion(RecoveryAccounts.QUESTION_1, "Fès"),
                        new ma.cimr.teleservices.account.SecretQuestion(RecoveryAccounts.QUESTION_2, "Atlas")));
        accounts.companyUser(NO_QUESTIONS, mail(NO_QUESTIONS), true);
        accounts.companyUser(LOCKED, mail(LOCKED));
        accounts.lock(LOCKED, clock.instant().plus(Duration.ofDays(1)));
        accounts.companyUser(SUSPENDED, mail(SUSPENDED));
        accounts.suspend(SUSPENDED);
        delivery.deliverDue();
        mailbox.purge();
    }

    @Test
    void everyStepOfAForgottenPasswordLooksTheSameWhateverTheLogin() {
        List<String> logins = List.of(UNKNOWN, READY, NO_EMAIL, UNPROVEN, UNPROVEN + "2", NO_QUESTIONS, LOCKED,
                SUSPENDED, DELEGATE);
        Map<String, String> afterLogin = new LinkedHashMap<>();
        Map<String, String> afterWrongCode = new LinkedHashMap<>();
        Map<String, String> afterTooManyCodes = new LinkedHashMap<>();
        for (String login : logins) {
            open("forgot-password");
            test($(TextField.class).withClassName("recovery-login").first()).setValue(login);
            test($(Button.class).withClassName("send-code").first()).click();
            afterLogin.put(login, Screen.now());
            for (int guess = 1; guess <= 5; guess++) {
                test($(TextField.class).withClassName("recovery-code").first()).setValue("00000000");
                test($(Button.class).withClassName("check-code").first()).click();
                if (guess == 1) {
                    afterWrongCode.put(login, Screen.now());
                }
            }
            afterTooManyCodes.put(login, Screen.now());
        }

        assertAllTheSame(afterLogin);
        assertThat(afterLogin.get(UNKNOWN)).contains("Si cet identifiant existe");
        assertAllTheSame(afterWrongCode);
        assertThat(afterWrongCode.get(UNKNOWN)).contains("Ce code n'est pas le bon");
        assertAllTheSame(afterTooManyCodes);
        assertThat(afterTooManyCodes.get(UNKNOWN)).contains("Cette demande n'est plus valable");

        // the mailboxes tell their owners what the page told nobody
        delivery.deliverDue();
        assertThat(subjects(mail(READY))).containsExactly("Votre code pour choisir un nouveau mot de passe");
        assertThat(subjects(mail(LOCKED))).containsExactly("Votre code pour choisir un nouveau mot de passe");
        assertThat(subjects(mail(NO_QUESTIONS))).containsExactly("Mot de passe oublié");
        assertThat(subjects(DELEGATE_EMAIL)).containsExactly("Mot de passe oublié de l'administrateur des utilisateurs");
        assertThat(subjects(mail(UNPROVEN))).isEmpty();
        assertThat(subjects(mail(UNPROVEN + "2"))).isEmpty();
        assertThat(subjects(mail(SUSPENDED))).isEmpty();
        assertThat(mailbox.received()).hasSize(4);
    }

    @Test
    void aForgottenLoginGetsTheSameAnswerWhateverTheAddress() {
        String demoUser = DemoLogins.ATLAS_COMPANY_ACCOUNT + "@demo.example";
        List<String> addresses = List.of("inconnu@demo.example", demoUser, demoUser.toUpperCase(), mail(UNPROVEN),
                mail(SUSPENDED), DELEGATE_EMAIL);
        Map<String, String> answers = new LinkedHashMap<>();
        for (String address : addresses) {
            open("forgot-login");
            test($(EmailField.class).withClassName("recovery-email").first()).setValue(address);
            test($(Button.class).withClassName("send-logins").first()).click();
            answers.put(address, Screen.now());
        }
        assertAllTheSame(answers);
        assertThat(answers.get(demoUser)).contains("Si cette adresse est confirmée")
                .contains("votre administrateur des utilisateurs peut aussi vous communiquer votre identifiant");

        delivery.deliverDue();
        var toDemoUser = mailbox.receivedBy(demoUser);
        assertThat(toDemoUser).hasSize(2);
        assertThat(toDemoUser.getFirst().body()).contains("- " + DemoLogins.ATLAS_COMPANY_ACCOUNT
                + " : Utilisateur de téléservice (Compte adhérent)");
        assertThat(mailbox.receivedBy(DELEGATE_EMAIL).getFirst().body()).contains("- " + DELEGATE
                + " : Administrateur des utilisateurs");
        assertThat(mailbox.receivedBy(mail(UNPROVEN))).isEmpty();
        assertThat(mailbox.receivedBy(mail(SUSPENDED))).isEmpty();
    }

    @Test
    void aMailboxGetsThreeLoginRemindersADayAtMostAndThePageDoesNotSaySo() {
        String address = DemoLogins.ATLAS_DECLARATION + "@demo.example";
        String first = null;
        for (int request = 1; request <= LoginReminders.REMINDERS_PER_DAY + 2; request++) {
            open("forgot-login");
            test($(EmailField.class).withClassName("recovery-email").first()).setValue(address);
            test($(Button.class).withClassName("send-logins").first()).click();
            first = first == null ? Screen.now() : first;
            assertThat(Screen.now()).isEqualTo(first);
        }
        delivery.deliverDue();
        assertThat(mailbox.receivedBy(address)).hasSize(LoginReminders.REMINDERS_PER_DAY);
    }

    @Test
    void somethingThatIsNotAnAddressIsSaidSo() {
        open("forgot-login");
        test($(EmailField.class).withClassName("recovery-email").first()).setValue("pas une adresse");
        test($(Button.class).withClassName("send-logins").first()).click();
        assertThat($(EmailField.class).withClassName("recovery-email").first().getErrorMessage())
                .startsWith("Saisissez une adresse e-mail valide");
    }

    private List<String> subjects(String address) {
        return mailbox.receivedBy(address).stream().map(TestMailbox.ReceivedMail::subject).toList();
    }

    private static void assertAllTheSame(Map<String, String> screens) {
        String reference = screens.values().iterator().next();
        screens.forEach((who, screen) -> assertThat(screen).as("the page for " + who).isEqualTo(reference));
    }

    private static String mail(String login) {
        return login + "@demo.example";
    }
}
