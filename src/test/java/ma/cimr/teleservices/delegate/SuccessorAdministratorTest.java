package ma.cimr.teleservices.delegate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.account.PasswordConfirmation;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.security.PortalUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The delegate prepares their successor: a second user administrator of the company, another
 * person with their own login and activation link, created on the delegate's password; once
 * active, the company is no longer locked out when its first administrator leaves. The takeover is
 * committed, not rolled back: the successor's password is checked in a transaction of its own
 * (DD024), which must see their login; the test removes it afterwards.
 */
class SuccessorAdministratorTest extends PortalBrowserlessTest {

    private static final String SUCCESSOR = "atlas.admin2";
    private static final String EMAIL = "f.chraibi@atlas-conserves.example";

    @Autowired
    ConsoleFixture fixture;
    @Autowired
    DelegateService delegates;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void removeTheSuccessor() {
        fixture.delete(SUCCESSOR);
        fixture.forgetPasswordFailures();
    }

    @Test
    void theSuccessorIsCreatedOnTheDelegatesPasswordSignsInAndTakesOver() {
        signInAs(DemoLogins.ATLAS_DELEGATE);
        open("delegate");
        test($(Button.class).withClassName("new-administrator").first()).click();
        test($(TextField.class).withClassName("new-administrator-login").first()).setValue(SUCCESSOR);
        test($(TextField.class).withClassName("new-administrator-name").first()).setValue("Fatima Zahra Chraibi");
        test($(EmailField.class).withClassName("new-administrator-email").first()).setValue(EMAIL);
        test($(Button.class).withClassName("create-administrator").first()).click();
        assertThat(dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.LOGIN.eq(SUCCESSOR))).as("no password, no administrator").isFalse();

        test($(PasswordField.class).withClassName("new-administrator-confirmation").first()).setValue(DemoLogins.PASSWORD);
        test($(Button.class).withClassName("create-administrator").first()).click();
        var successor = delegates.user(SUCCESSOR);
        assertThat(successor.administrator()).isTrue();
        assertThat(successor.status().name()).isEqualTo("PENDING");
        assertThatThrownBy(() -> delegates.suspend(DemoLogins.ATLAS_DELEGATE, null))
                .as("a successor not activated yet does not count").hasMessage("delegate.error.lastAdministrator");

        fixture.activateFromMail(EMAIL);
        assertThat(fixture.signsIn(SUCCESSOR, ConsoleFixture.PASSWORD)).isTrue();
        PortalUser signedIn = (PortalUser) fixture.accounts.loadUserByUsername(SUCCESSOR);
        assertThat(signedIn.kind()).isEqualTo(AccountKind.DELEGATE);

        signInAs(SUCCESSOR);
        assertThat(open("delegate")).isEqualTo("delegate");
        assertThat(delegates.companyUsers()).extracting(CompanyUserAccount::login)
                .contains(DemoLogins.ATLAS_DELEGATE, DemoLogins.ATLAS_COMPANY_ACCOUNT, SUCCESSOR);
        // the first delegate is another administrator for the successor: stopping them takes the successor's password
        assertThatThrownBy(() -> delegates.suspend(DemoLogins.ATLAS_DELEGATE, null)).hasMessage(PasswordConfirmation.REQUIRED);
        assertThat(fixture.status(DemoLogins.ATLAS_DELEGATE)).isEqualTo("ACTIVE");
        delegates.suspend(DemoLogins.ATLAS_DELEGATE, ConsoleFixture.PASSWORD);
        assertThat(fixture.status(DemoLogins.ATLAS_DELEGATE)).as("the first delegate left").isEqualTo("SUSPENDED");
        assertThatThrownBy(() -> delegates.close(SUCCESSOR, null)).hasMessage("delegate.error.lastAdministrator");
        assertThatThrownBy(() -> delegates.reactivate(DemoLogins.ATLAS_DELEGATE, null)).hasMessage(PasswordConfirmation.REQUIRED);
        assertThat(fixture.status(DemoLogins.ATLAS_DELEGATE)).isEqualTo("SUSPENDED");
        delegates.reactivate(DemoLogins.ATLAS_DELEGATE, ConsoleFixture.PASSWORD);
        assertThat(fixture.status(DemoLogins.ATLAS_DELEGATE)).isEqualTo("ACTIVE");
    }

    @Test
    void theSuccessorIsAnotherPerson() {
        signInAs(DemoLogins.ATLAS_DELEGATE);
        assertThatThrownBy(() -> delegates.createAdministrator(
                new NewAdministrator(SUCCESSOR, "Karim Bennani", "K.Bennani@atlas-conserves.example"),
                DemoLogins.PASSWORD, Locale.FRENCH)).hasMessage("delegate.error.samePerson");
        assertThatThrownBy(() -> delegates.createAdministrator(
                new NewAdministrator(DemoLogins.MAGHREB_DELEGATE, "Fatima Zahra Chraibi", EMAIL),
                DemoLogins.PASSWORD, Locale.FRENCH)).hasMessage("delegate.error.loginTaken");
        assertThat(dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.LOGIN.eq(SUCCESSOR))).isFalse();
    }
}
