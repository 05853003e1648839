package ma.cimr.teleservices.account.recovery;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.notification.OutboxDelivery;
import ma.cimr.teleservices.account.SecretAnswers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A téléservice user who forgot their password gets it back on the "Mot de passe oublié" page:
 * the code from their mailbox, then their secret answers typed as they come, then a new password.
 * An affiliate does the same with their CIN and birth date.
 */
@Transactional
class PasswordRecoveryTest extends PortalBrowserlessTest {

    static final String LOGIN = "atlas.oubli";
    static final String EMAIL = "atlas.oubli@demo.example";
    static final String NEW_PASSWORD = "le couscous du vendredi à Fès";
    /** A demo affiliate with a proven address whom no other test signs in as. */
    static final String AFFILIATE_LOGIN = "10000004";

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
    @Autowired
    WebApplicationContext context;

    RecoveryAccounts accounts;
    Instant start;

    @BeforeEach
    void setUp() {
        accounts = new RecoveryAccounts(dsl, encoder, secretAnswers);
        accounts.companyUser(LOGIN, EMAIL);
        start = clock.instant();
        delivery.deliverDue();
        mailbox.purge();
    }

    @AfterEach
    void tearDown() {
        clock.set(start);
    }

    @Test
    void aLockedCompanyUserGetsTheirAccountBackWithTheEmailedCodeAndTheirSecretAnswers() throws Exception {
        accounts.lock(LOGIN, clock.instant().plus(Duration.ofHours(6)));

        open("login");
        test($(com.vaadin.flow.component.login.LoginForm.class).first()).forgotPassword();
        assertThat(currentPath()).isEqualTo("forgot-password");
        typeLogin(LOGIN);
        assertThat(text("recovery-sent")).startsWith("Si cet identifiant existe");

        test($(TextField.class).withClassName("recovery-code").first()).setValue(codeFromMailbox(EMAIL));
        test($(Button.class).withClassName("check-code").first()).click();
        var answers = $(TextField.class).withClassName("recovery-answer").all();
        assertThat(answers).extracting(TextField::getLabel)
                .containsExactly(RecoveryAccounts.QUESTION_1, RecoveryAccounts.QUESTION_2);

        // typed as people do: no accent, other case, other spacing
        test(answers.get(0)).setValue("FES");
        test(answers.get(1)).setValue("conserverie   atlas");
        choosePassword(NEW_PASSWORD);

        assertThat(text("recovery-done")).contains(LOGIN);
        assertThat(accounts.hasPassword(LOGIN, NEW_PASSWORD)).isTrue();
        var account = dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(LOGIN)).fetchSingle();
        assertThat(account.getLockedUntil()).isNull();
        assertThat(account.getFailedLogins()).isZero();
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PASSWORD_RESET").and(AUDIT_EVENT.TARGET.eq(LOGIN))))
                .isTrue();
        delivery.deliverDue();
        assertThat(mailbox.receivedBy(EMAIL)).extracting(TestMailbox.ReceivedMail::subject)
                .contains("Votre mot de passe a été changé");

        assertThat(signIn(LOGIN, NEW_PASSWORD)).isEqualTo("/my-space");
        assertThat(signIn(LOGIN, RecoveryAccounts.OLD_PASSWORD)).isEqualTo("/login?error");
    }

    @Test
    void anAffiliateGetsTheirAccountBackWithTheCodeTheirCinAndBirthDate() throws Exception {
        var affiliate = dsl.select(AFFILIATE.CIN, AFFILIATE.BIRTH_DATE, USER_ACCOUNT.EMAIL).from(AFFILIATE)
                .join(USER_ACCOUNT).on(USER_ACCOUNT.AFFILIATE_ID.eq(AFFILIATE.ID))
                .where(USER_ACCOUNT.LOGIN.eq(AFFILIATE_LOGIN)).fetchSingle();
        assertThat(affiliate.value3()).as("the demo affiliate has a proven address").isNotNull();

        open("forgot-password");
        typeLogin(AFFILIATE_LOGIN);
        test($(TextField.class).withClassName("recovery-code").first()).setValue(codeFromMailbox(affiliate.value3().value()));
        test($(Button.class).withClassName("check-code").first()).click();

        test($(TextField.class).withClassName("recovery-cin").first()).setValue(affiliate.value1().value().toLowerCase());
        test($(DatePicker.class).withClassName("recovery-birth-date").first()).setValue(affiliate.value2().plusDays(1));
        choosePassword(NEW_PASSWORD);
        // said under the CIN and birth date, where the mistake is, not under the new password
        var cin = $(TextField.class).withClassName("recovery-cin").first();
        assertThat(cin.isInvalid()).isTrue();
        assertThat(cin.getErrorMessage()).isEqualTo("Ces informations ne correspondent pas à celles que la caisse connaît.");
        assertThat($(DatePicker.class).withClassName("recovery-birth-date").first().isInvalid()).isTrue();
        assertThat($(PasswordField.class).withClassName("new-password").first().isInvalid()).isFalse();

        test($(DatePicker.class).withClassName("recovery-birth-date").first()).setValue(affiliate.value2());
        choosePassword(NEW_PASSWORD);
        assertThat(text("recovery-done")).contains(AFFILIATE_LOGIN);
        assertThat(signIn(AFFILIATE_LOGIN, NEW_PASSWORD)).isEqualTo("/my-space");
    }

    @Test
    void aWeakNewPasswordIsRefusedWithoutCostingATry() {
        open("forgot-password");
        typeLogin(LOGIN);
        test($(TextField.class).withClassName("recovery-code").first()).setValue(codeFromMailbox(EMAIL));
        test($(Button.class).withClassName("check-code").first()).click();
        var answers = $(TextField.class).withClassName("recovery-answer").all();
        test(answers.get(0)).setValue("wrong");
        test(answers.get(1)).setValue("wrong");
        for (int i = 0; i < 5; i++) {
            choosePassword("password1234");
            assertThat($(PasswordField.class).withClassName("new-password").first().getErrorMessage())
                    .isEqualTo("Ce mot de passe fait partie des plus utilisés : choisissez-en un autre.");
        }
        test(answers.get(0)).setValue(RecoveryAccounts.ANSWERS.get(0));
        test(answers.get(1)).setValue(RecoveryAccounts.ANSWERS.get(1));
        choosePassword(NEW_PASSWORD);
        assertThat(text("recovery-done")).contains(LOGIN);
    }

    @Test
    void wrongAnswersAreSaidSoAndTheThirdSendsThePersonBackToTheStart() {
        open("forgot-password");
        typeLogin(LOGIN);
        test($(TextField.class).withClassName("recovery-code").first()).setValue(codeFromMailbox(EMAIL));
        test($(Button.class).withClassName("check-code").first()).click();
        var answers = $(TextField.class).withClassName("recovery-answer").all();
        test(answers.get(0)).setValue("Rabat");
        test(answers.get(1)).setValue("Conserverie Atlas");
        choosePassword(NEW_PASSWORD);
        assertThat(answers).allMatch(TextField::isInvalid);
        assertThat(answers.getFirst().getErrorMessage()).isEqualTo("Ces réponses ne correspondent pas à celles enregistrées.");
        assertThat($(PasswordField.class).withClassName("new-password").first().isInvalid()).isFalse();
        choosePassword(NEW_PASSWORD);
        choosePassword(NEW_PASSWORD);
        assertThat(text("recovery-notice")).startsWith("Cette demande n'est plus valable");
        assertThat($(TextField.class).withClassName("recovery-login").all()).hasSize(1);
        assertThat(accounts.hasPassword(LOGIN, RecoveryAccounts.OLD_PASSWORD)).isTrue();
    }

    private void typeLogin(String login) {
        test($(TextField.class).withClassName("recovery-login").first()).setValue(login);
        test($(Button.class).withClassName("send-code").first()).click();
    }

    private void choosePassword(String password) {
        test($(PasswordField.class).withClassName("new-password").first()).setValue(password);
        test($(PasswordField.class).withClassName("new-password-again").first()).setValue(password);
        test($(Button.class).withClassName("reset-password").first()).click();
    }

    private String text(String className) {
        return $(Paragraph.class).withClassName(className).first().getText();
    }

    /** The code as the person reads it in the e-mail the portal really sent. */
    String codeFromMailbox(String address) {
        delivery.deliverDue();
        var mails = mailbox.receivedBy(address);
        assertThat(mails).isNotEmpty();
        Matcher code = Pattern.compile("(?m)^(\\d{8})\\s*$").matcher(mails.getLast().body());
        assertThat(code.find()).as("an 8-digit code in: " + mails.getLast().body()).isTrue();
        return code.group(1);
    }

    private String signIn(String login, String password) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        return mvc.perform(post("/login").param("username", login).param("password", password).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
    }
}
