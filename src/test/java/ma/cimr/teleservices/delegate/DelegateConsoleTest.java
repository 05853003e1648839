package ma.cimr.teleservices.delegate;

import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.account.PasswordConfirmation;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.notification.OutboxDelivery;
import ma.cimr.teleservices.security.Teleservice;
import ma.cimr.teleservices.shared.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ma.cimr.teleservices.jooq.Tables.ACCOUNT_ROLE;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The delegate creates a login per téléservice; its user activates it with a password only they
 * know; a login never serves two téléservices; the validator role needs the delegate's password;
 * secret questions and télédéclaration settings are given at creation.
 */
@Transactional
class DelegateConsoleTest extends PortalBrowserlessTest {

    private static final String NEW_LOGIN = "atlas.declaration2";
    private static final String VALIDATOR_LOGIN = "atlas.validateur3";
    private static final String EMAIL = "nouvel.utilisateur@demo.example";

    @Autowired
    DelegateService delegates;
    @Autowired
    DSLContext dsl;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    ConsoleFixture fixture;

    @BeforeEach
    void setUp() {
        delivery.deliverDue();
        mailbox.purge();
    }

    @Test
    void aNewLoginIsActivatedByItsUserWithAPasswordTheDelegateNeverSees() {
        signInAs(DemoLogins.ATLAS_DELEGATE);
        open("delegate");
        test($(Button.class).withClassName("new-user").first()).click();
        test($(Select.class).withClassName("new-user-teleservice").first()).selectItem("Télédéclaration");
        test($(TextField.class).withClassName("new-user-login").first()).setValue(NEW_LOGIN);
        test($(TextField.class).withClassName("new-user-name").first()).setValue("Imane Alaoui");
        test($(EmailField.class).withClassName("new-user-email").first()).setValue(EMAIL);
        test($(RadioButtonGroup.class).withClassName("declaration-mode").first()).selectItem("Formulaire de saisie");
        test($(CheckboxGroup.class).withClassName("declaration-categories").first()).selectItem("CAD — Cadres");
        test($(TextField.class).withClassName("secret-question-1").first()).setValue("Ville de naissance ?");
        test($(TextField.class).withClassName("secret-answer-1").first()).setValue("Fès");
        test($(TextField.class).withClassName("secret-question-2").first()).setValue("Prénom de votre grand-père ?");
        test($(TextField.class).withClassName("secret-answer-2").first()).setValue("Driss");
        test($(PasswordField.class).withClassName("new-user-confirmation").first()).setValue(DemoLogins.PASSWORD);
        test($(Button.class).withClassName("create-user").first()).click();

        var account = dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(NEW_LOGIN)).fetchSingle();
        assertThat(account.getStatus()).isEqualTo(AccountStatus.PENDING);
        assertThat(account.getTeleservice()).isEqualTo(Teleservice.DECLARATION);
        assertThat(account.getPasswordHash()).isEqualTo("!");
        assertThat(dsl.select(ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(account.getId()))
                .fetch(ACCOUNT_ROLE.ROLE)).containsExactly(Role.DECLARATION);
        assertThat(delegates.secretQuestions(NEW_LOGIN)).containsExactly("Ville de naissance ?", "Prénom de votre grand-père ?");
        assertThat(delegates.user(NEW_LOGIN).declaration())
                .isEqualTo(new DeclarationSettings(false, null, DeclarationMode.FORM, java.util.List.of("CAD")));

        delivery.deliverDue();
        var mails = mailbox.receivedBy(EMAIL);
        assertThat(mails).hasSize(1);
        Matcher link = Pattern.compile("/activate\\?token=([A-Za-z0-9_-]+)").matcher(mails.getFirst().body());
        assertThat(link.find()).isTrue();

        ma.cimr.teleservices.SignedIn.out();
        UI.getCurrent().navigate("activate", QueryParameters.of("token", link.group(1)));
        test($(PasswordField.class).withClassName("new-password").first()).setValue("déclarations de décembre");
        test($(PasswordField.class).withClassName("new-password-again").first()).setValue("déclarations de décembre");
        test($(Button.class).withClassName("activate").first()).click();
        assertThat($(Paragraph.class).withClassName("activation-done").first().getText()).contains(NEW_LOGIN);

        var active = dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(NEW_LOGIN)).fetchSingle();
        assertThat(active.getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(passwords.matches("déclarations de décembre", active.getPasswordHash())).isTrue();

        // the link works once
        UI.getCurrent().navigate("activate", QueryParameters.of("token", link.group(1)));
        assertThat($(PasswordField.class).all()).isEmpty();
    }

    @Test
    void aLoginNeverServesTwoTeleservices() {
        signInAs(DemoLogins.ATLAS_DELEGATE);
        int before = dsl.fetchCount(USER_ACCOUNT);
        assertThatThrownBy(() -> delegates.createUser(new NewCompanyUser(DemoLogins.ATLAS_COMPANY_ACCOUNT.toUpperCase(),
                "Quelqu'un", EMAIL, Teleservice.LIQUIDATION, false, false, null, ConsoleFixture.QUESTIONS), DemoLogins.PASSWORD, Locale.FRENCH))
                .isInstanceOf(Refusal.class).hasMessage("delegate.error.loginTaken");
        assertThat(dsl.fetchCount(USER_ACCOUNT)).isEqualTo(before);
    }

    @AfterEach
    void forgetTheWrongPassword() {
        fixture.forgetPasswordFailures();
    }

    @Test
    void theValidatorRoleNeedsTheDelegatesOwnPassword() {
        signInAs(DemoLogins.ATLAS_DELEGATE);
        var validator = new NewCompanyUser(VALIDATOR_LOGIN, "Said Bouzidi", EMAIL, Teleservice.PAYMENT, false, true,
                null, ConsoleFixture.QUESTIONS);
        assertThatThrownBy(() -> delegates.createUser(validator, null, Locale.FRENCH))
                .hasMessage(PasswordConfirmation.REQUIRED);
        assertThatThrownBy(() -> delegates.createUser(validator, "not-my-password", Locale.FRENCH))
                .hasMessage(PasswordConfirmation.WRONG);
        assertThat(dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.LOGIN.eq(VALIDATOR_LOGIN))).isFalse();

        delegates.createUser(validator, DemoLogins.PASSWORD, Locale.FRENCH);
        var id = dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(VALIDATOR_LOGIN)).fetchSingle().value1();
        assertThat(dsl.select(ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(id))
                .fetch(ACCOUNT_ROLE.ROLE)).containsExactly(Role.PAYMENT_VALIDATOR);
    }

    @Test
    void anotherCompanysDelegateNeverSeesTheNewLogin() {
        signInAs(DemoLogins.ATLAS_DELEGATE);
        delegates.createUser(ConsoleFixture.newUser(NEW_LOGIN, EMAIL, Teleservice.DECLARATION), DemoLogins.PASSWORD, Locale.FRENCH);
        signInAs(DemoLogins.MAGHREB_DELEGATE);
        assertThat(delegates.companyUsers()).extracting(CompanyUserAccount::login).doesNotContain(NEW_LOGIN);
    }

    @Test
    void theConsoleProposesAFreeLoginForTheChosenTeleservice() {
        signInAs(DemoLogins.ATLAS_DELEGATE);
        open("delegate");
        test($(Button.class).withClassName("new-user").first()).click();
        var login = $(TextField.class).withClassName("new-user-login").first();
        assertThat(login.getValue()).isEqualTo("100234.compte");
        test($(Select.class).withClassName("new-user-teleservice").first()).selectItem("Télédéclaration");
        assertThat(login.getValue()).as("follows the téléservice while untouched").isEqualTo("100234.declaration");

        delegates.createUser(ConsoleFixture.newUser("100234.declaration", EMAIL, Teleservice.DECLARATION), DemoLogins.PASSWORD, Locale.FRENCH);
        try {
            assertThat(delegates.suggestLogin(Teleservice.DECLARATION)).as("never a login in use").isEqualTo("100234.declaration2");
            test(login).setValue("imane.declaration");
            test($(Select.class).withClassName("new-user-teleservice").first()).selectItem("E-liquidation");
            assertThat(login.getValue()).as("a login the delegate typed is kept").isEqualTo("imane.declaration");
        } finally {
            dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq("100234.declaration")).execute();
        }
    }
}
