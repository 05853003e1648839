package ma.cimr.teleservices.delegate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.account.EmailChanges;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Teleservice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The delegate edits a login from its page: name, address (counts once the link sent to it is
 * opened), E@sypaiement roles (the validator role needs the delegate's password), secret questions.
 * The téléservice of a login never changes.
 */
@Transactional
class EditUserTest extends PortalBrowserlessTest {

    private static final String PAYMENT_LOGIN = "atlas.paiement.test";
    private static final String ACCOUNT_LOGIN = "atlas.compte.test";
    private static final String OLD_ADDRESS = "n.tazi@atlas-conserves.example";
    private static final String NEW_ADDRESS = "nadia.tazi@atlas-conserves.example";
    private static final String TYPO_ADDRESS = "n.tazzi@atlas-conserves.example";

    @Autowired
    ConsoleFixture fixture;
    @Autowired
    DelegateService delegates;
    @Autowired
    EmailChanges emailChanges;
    @Autowired
    TestMailbox mailbox;

    @BeforeEach
    void signInAsTheDelegate() {
        fixture.delivery.deliverDue();
        mailbox.purge();
        signInAs(DemoLogins.ATLAS_DELEGATE);
    }

    @AfterEach
    void forgetTheWrongPassword() {
        fixture.forgetPasswordFailures();
    }

    @Test
    void theNameAndTheRolesChangeOnTheUsersPageAndTheValidatorRoleNeedsThePassword() {
        fixture.createActive(PAYMENT_LOGIN, OLD_ADDRESS, Teleservice.PAYMENT);
        open("delegate/users/" + PAYMENT_LOGIN);
        assertThat($(H1.class).first().getText()).contains(PAYMENT_LOGIN);

        test($(TextField.class).withClassName("user-name").first()).setValue("Nadia Tazi");
        test($(Checkbox.class).withClassName("user-validator").first()).click();
        assertThat($(Checkbox.class).withClassName("user-orderer").first().getValue())
                .as("a login orders or validates, not both").isFalse();
        test($(Button.class).withClassName("save-user").first()).click();
        assertThat(delegates.user(PAYMENT_LOGIN).roles()).as("no password, no validator").containsExactly(Role.PAYMENT_ORDERER);
        assertThat(delegates.user(PAYMENT_LOGIN).displayName()).as("a refused change changes nothing").isEqualTo("Utilisateur " + PAYMENT_LOGIN);

        test($(PasswordField.class).withClassName("user-confirmation").first()).setValue("pas le bon");
        test($(Button.class).withClassName("save-user").first()).click();
        assertThat(delegates.user(PAYMENT_LOGIN).roles()).containsExactly(Role.PAYMENT_ORDERER);

        test($(PasswordField.class).withClassName("user-confirmation").first()).setValue(DemoLogins.PASSWORD);
        test($(Button.class).withClassName("save-user").first()).click();
        var user = delegates.user(PAYMENT_LOGIN);
        assertThat(user.roles()).containsExactly(Role.PAYMENT_VALIDATOR);
        assertThat(user.displayName()).isEqualTo("Nadia Tazi");
        assertThat(user.teleservice()).isEqualTo(Teleservice.PAYMENT);
    }

    @Test
    void theValidatorRoleAlreadyHeldNeedsNoPasswordToKeepButTheRolesCannotBeEmptyNorBoth() {
        fixture.createActive(PAYMENT_LOGIN, OLD_ADDRESS, Teleservice.PAYMENT);
        delegates.editUser(PAYMENT_LOGIN, new UserChanges("Nadia Tazi", OLD_ADDRESS, false, true, null),
                DemoLogins.PASSWORD, Locale.FRENCH);
        delegates.editUser(PAYMENT_LOGIN, new UserChanges("Nadia Tazi", OLD_ADDRESS, false, true, null), null, Locale.FRENCH);
        assertThat(delegates.user(PAYMENT_LOGIN).roles()).containsExactly(Role.PAYMENT_VALIDATOR);
        assertThatThrownBy(() -> delegates.editUser(PAYMENT_LOGIN,
                new UserChanges("Nadia Tazi", OLD_ADDRESS, false, false, null), null, Locale.FRENCH))
                .hasMessage("delegate.error.paymentRole");
        assertThatThrownBy(() -> delegates.editUser(PAYMENT_LOGIN,
                new UserChanges("Nadia Tazi", OLD_ADDRESS, true, true, null), DemoLogins.PASSWORD, Locale.FRENCH))
                .hasMessage("delegate.error.ordererAndValidator");
        assertThat(delegates.user(PAYMENT_LOGIN).roles()).containsExactly(Role.PAYMENT_VALIDATOR);
    }

    @Test
    void theTeleserviceOfALoginNeverChangesNorTakesPaymentRoles() {
        fixture.createActive(ACCOUNT_LOGIN, OLD_ADDRESS, Teleservice.COMPANY_ACCOUNT);
        delegates.editUser(ACCOUNT_LOGIN, new UserChanges("Nadia Tazi", OLD_ADDRESS, true, true, null),
                DemoLogins.PASSWORD, Locale.FRENCH);
        var user = delegates.user(ACCOUNT_LOGIN);
        assertThat(user.teleservice()).isEqualTo(Teleservice.COMPANY_ACCOUNT);
        assertThat(user.roles()).containsExactly(Role.COMPANY_ACCOUNT);
    }

    @Test
    void aNewAddressCountsOnlyOnceTheLinkSentToItIsOpened() {
        fixture.createActive(ACCOUNT_LOGIN, OLD_ADDRESS, Teleservice.COMPANY_ACCOUNT);
        mailbox.purge();
        open("delegate/users/" + ACCOUNT_LOGIN);
        test($(EmailField.class).withClassName("user-email").first()).setValue(NEW_ADDRESS);
        test($(Button.class).withClassName("save-user").first()).click();
        fixture.delivery.deliverDue();
        assertThat(mailbox.receivedBy(NEW_ADDRESS)).as("no password, no new address").isEmpty();
        test($(PasswordField.class).withClassName("user-confirmation").first()).setValue(DemoLogins.PASSWORD);
        test($(Button.class).withClassName("save-user").first()).click();

        assertThat(delegates.user(ACCOUNT_LOGIN).email()).as("pending until the link is opened").isEqualTo(OLD_ADDRESS);
        String token = fixture.lastToken(NEW_ADDRESS, "confirm-email");
        assertThat(mailbox.receivedBy(OLD_ADDRESS)).as("the old address is told").hasSize(1);

        emailChanges.confirm(token);
        var user = delegates.user(ACCOUNT_LOGIN);
        assertThat(user.email()).isEqualTo(NEW_ADDRESS);
        assertThat(user.emailConfirmed()).isTrue();
    }

    @Test
    void aLoginNeverActivatedGetsItsActivationLinkAtTheCorrectedAddress() {
        fixture.create(ACCOUNT_LOGIN, TYPO_ADDRESS, Teleservice.COMPANY_ACCOUNT);
        String firstLink = fixture.lastToken(TYPO_ADDRESS, "activate");

        delegates.editUser(ACCOUNT_LOGIN, new UserChanges("Nadia Tazi", OLD_ADDRESS, false, false, null),
                DemoLogins.PASSWORD, Locale.FRENCH);
        assertThat(delegates.user(ACCOUNT_LOGIN).email()).isEqualTo(OLD_ADDRESS);
        assertThat(fixture.accounts.activationLinkIsValid(firstLink)).as("the link sent to the typo dies").isFalse();
        fixture.activateFromMail(OLD_ADDRESS);
        assertThat(fixture.signsIn(ACCOUNT_LOGIN, ConsoleFixture.PASSWORD)).isTrue();
    }

    @Test
    void secretQuestionsAreReplacedFromTheUsersPageAndTwoAreTheMinimum() {
        fixture.createActive(ACCOUNT_LOGIN, OLD_ADDRESS, Teleservice.COMPANY_ACCOUNT);
        open("delegate/users/" + ACCOUNT_LOGIN);
        assertThat($(ListItem.class).all()).extracting(ListItem::getText)
                .contains("Ville de naissance ?", "Nom de votre première école ?");

        test($(TextField.class).withClassName("secret-question-1").first()).setValue("Prénom de votre grand-père ?");
        test($(TextField.class).withClassName("secret-answer-1").first()).setValue("Abdelkader");
        test($(Button.class).withClassName("save-questions").first()).click();
        assertThat(delegates.secretQuestions(ACCOUNT_LOGIN)).as("one question is not enough")
                .containsExactly("Ville de naissance ?", "Nom de votre première école ?");

        test($(TextField.class).withClassName("secret-question-1").first()).setValue("Prénom de votre grand-père ?");
        test($(TextField.class).withClassName("secret-answer-1").first()).setValue("Abdelkader");
        test($(TextField.class).withClassName("secret-question-2").first()).setValue("Quartier de votre enfance ?");
        test($(TextField.class).withClassName("secret-answer-2").first()).setValue("Derb Sultan");
        test($(Button.class).withClassName("save-questions").first()).click();
        assertThat(delegates.secretQuestions(ACCOUNT_LOGIN))
                .isEqualTo(List.of("Prénom de votre grand-père ?", "Quartier de votre enfance ?"));
    }
}
