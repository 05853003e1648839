package ma.cimr.teleservices.delegate;

import ma.cimr.teleservices.shared.value.AdherentNumber;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.security.Teleservice;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;

import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * « Informations générales »: the delegate chooses 1 or 2 E@sypaiement confirmations; with 2, the
 * console warns while the company has fewer than two active validators. Atlas's demo data has 2
 * confirmations and two validators (E@sypaiement, DD033); the test suspends the second one, so the
 * console is watched going from one active validator to two.
 */
@Transactional
class GeneralInformationTest extends PortalBrowserlessTest {

    private static final String SECOND_VALIDATOR = "atlas.validateur.test";
    private static final String EMAIL = "s.bouzidi@atlas-conserves.example";

    @Autowired
    ConsoleFixture fixture;
    @Autowired
    DelegateService delegates;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void signIn() {
        signInAs(DemoLogins.ATLAS_DELEGATE);
    }

    @Test
    void theDelegateChoosesOneOrTwoConfirmationsAndIsWarnedWhileValidatorsAreMissing() {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.STATUS, AccountStatus.SUSPENDED)
                .where(USER_ACCOUNT.LOGIN.eq("atlas.validateur2")).execute();
        open("delegate/company");
        assertThat(warned()).as("2 confirmations, 1 validator").isTrue();
        assertThat($(Paragraph.class).withClassName("validators-warning").first().getText())
                .contains("2 confirmations").contains("1 validateur");

        test($(RadioButtonGroup.class).withClassName("payment-confirmations").first()).selectItem("1 confirmation (un validateur)");
        test($(Button.class).withClassName("save-confirmations").first()).click();
        assertThat(confirmations()).as("one confirmation takes the delegate's password").isEqualTo(2);
        test($(PasswordField.class).withClassName("confirmations-password").first()).setValue(DemoLogins.PASSWORD);
        test($(Button.class).withClassName("save-confirmations").first()).click();
        assertThat(confirmations()).isEqualTo(1);
        assertThat(warned()).isFalse();
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq(DemoLogins.ATLAS_DELEGATE),
                AUDIT_EVENT.ACTION.eq("PAYMENT_CONFIRMATIONS_SET"), AUDIT_EVENT.DETAILS.eq("2 → 1"))).isTrue();

        test($(RadioButtonGroup.class).withClassName("payment-confirmations").first()).selectItem("2 confirmations (deux validateurs différents)");
        test($(Button.class).withClassName("save-confirmations").first()).click();
        assertThat(confirmations()).isEqualTo(2);
        assertThat(warned()).isTrue();

        fixture.create(SECOND_VALIDATOR, EMAIL, Teleservice.PAYMENT);
        delegates.editUser(SECOND_VALIDATOR, new UserChanges("Said Bouzidi", EMAIL, false, true, null),
                DemoLogins.PASSWORD, Locale.FRENCH);
        assertThat(delegates.generalInformation().lacksValidators()).as("a validator not activated yet does not count").isTrue();
        fixture.activateFromMail(EMAIL);
        assertThat(delegates.generalInformation().activeValidators()).isEqualTo(2);
        open("delegate/company");
        assertThat(warned()).isFalse();
        open("delegate");
        assertThat(warned()).as("on the users' screen too").isFalse();
    }

    @Test
    void onlyOneOrTwoConfirmations() {
        assertThatThrownBy(() -> delegates.setPaymentConfirmations(3, DemoLogins.PASSWORD)).hasMessage("delegate.error.confirmations");
        assertThatThrownBy(() -> delegates.setPaymentConfirmations(0, DemoLogins.PASSWORD)).hasMessage("delegate.error.confirmations");
        assertThat(confirmations()).isEqualTo(2);
    }

    /** Shown: the query finds visible components only. */
    private boolean warned() {
        return !$(Paragraph.class).withClassName("validators-warning").all().isEmpty();
    }

    private int confirmations() {
        return dsl.select(COMPANY.PAYMENT_CONFIRMATIONS).from(COMPANY).where(COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber("100234")))
                .fetchSingle().value1();
    }
}
