package ma.cimr.teleservices.easypayment;

import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.SecondFactorCodes;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.account.ActionConfirmation;
import ma.cimr.teleservices.account.ChosenSecondFactor;
import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static ma.cimr.teleservices.DemoLogins.ATLAS_ORDERER;
import static ma.cimr.teleservices.DemoLogins.ATLAS_SECOND_VALIDATOR;
import static ma.cimr.teleservices.DemoLogins.ATLAS_VALIDATOR;
import static ma.cimr.teleservices.DemoLogins.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A validator with an authenticator confirms with a current code of it (DD033): nothing typed is
 * refused, a wrong code is refused and counted as a failed sign-in although the confirmation is
 * refused, a right code confirms, the same code again is refused. Committed for real (the code's
 * check runs in a transaction of its own), so it cleans up after itself.
 */
class ConfirmationSecondFactorTest extends PortalBrowserlessTest {

    @Autowired
    PaymentOrders orders;
    @Autowired
    ChosenSecondFactor chosenSecondFactor;
    @Autowired
    HolidayService holidays;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestClock clock;

    private Long orderId;
    private List<Long> declared = List.of();

    @BeforeEach
    void atlasDeclaredLastMonth() {
        declared = EasyPaymentFixture.declareAtlasLastMonth(dsl);
    }

    @AfterEach
    void removeTheOrderAndTheAuthenticator() {
        if (orderId != null) {
            String reference = PaymentOrder.reference(orderId);
            dsl.execute("delete from bank_message where message_id = ?", "EASYPAY-" + reference);
            dsl.execute("delete from outbox_message where subject like ?", "E@sypaiement " + reference + " %");
            dsl.execute("delete from payment_order where id = ?", orderId);
        }
        dsl.execute("delete from recovery_code where account_id = (select id from user_account where login = ?)",
                ATLAS_SECOND_VALIDATOR);
        dsl.execute("delete from second_factor where account_id = (select id from user_account where login = ?)",
                ATLAS_SECOND_VALIDATOR);
        dsl.execute("update user_account set failed_logins = 0, locked_until = null, last_failed_login_at = null "
                + "where login = ?", ATLAS_SECOND_VALIDATOR);
        EasyPaymentFixture.removeDeclarations(dsl, declared);
    }

    @Test
    void theLastValidatorConfirmsWithACurrentCodeOfTheirAuthenticatorUsedOnce() {
        signInAs(ATLAS_ORDERER);
        PaymentOrder order = orders.order(EasyPaymentFixture.everythingPayable(orders.payableDues(),
                EasyPaymentFixture.nextBusinessDay(holidays, clock)));
        orderId = order.id();
        signInAs(ATLAS_VALIDATOR);
        orders.confirm(order.id(), order.version(), null);

        signInAs(ATLAS_SECOND_VALIDATOR);
        String secret = chosenSecondFactor.beginMyEnrolment(PASSWORD).secret();
        chosenSecondFactor.confirmMyEnrolment(SecondFactorCodes.codeNow(secret, clock));
        assertThat(orders.proofAsked()).isEqualTo(ActionConfirmation.Proof.CODE);
        clock.advance(Duration.ofSeconds(30));
        String code = SecondFactorCodes.codeNow(secret, clock);
        String wrong = code.equals("000000") ? "111111" : "000000";

        assertThatThrownBy(() -> orders.confirm(order.id(), order.version(), "")).isInstanceOf(Refusal.class)
                .extracting("key").isEqualTo("account.actionConfirmation.codeRequired");
        assertThatThrownBy(() -> orders.confirm(order.id(), order.version(), wrong)).isInstanceOf(Refusal.class)
                .extracting("key").isEqualTo("login.secondFactor.error.code");
        assertThat(dsl.fetchValue("select failed_logins from user_account where login = ?", ATLAS_SECOND_VALIDATOR))
                .as("counted as a failed sign-in").isEqualTo(1);
        assertThat(orders.mine(order.id()).status()).isEqualTo(PaymentOrderStatus.AWAITING);

        assertThat(orders.confirm(order.id(), order.version(), code).status()).isEqualTo(PaymentOrderStatus.SENT);
        assertThat(dsl.fetchValue("select count(*) from audit_event where actor = ? and action = 'SECOND_FACTOR_PASSED'"
                + " and details = ?", ATLAS_SECOND_VALIDATOR, "PAYMENT_CONFIRMATION " + order.reference())).isEqualTo(1L);
    }

    @Test
    void theCodeFieldsLabelIsShortAndItsExplanationWrapsBelowItInFrenchAndArabic() {
        signInAs(ATLAS_ORDERER);
        PaymentOrder order = orders.order(EasyPaymentFixture.everythingPayable(orders.payableDues(),
                EasyPaymentFixture.nextBusinessDay(holidays, clock)));
        orderId = order.id();
        signInAs(ATLAS_SECOND_VALIDATOR);
        String secret = chosenSecondFactor.beginMyEnrolment(PASSWORD).secret();
        chosenSecondFactor.confirmMyEnrolment(SecondFactorCodes.codeNow(secret, clock));

        for (java.util.Locale language : List.of(PortalI18NProvider.FRENCH, PortalI18NProvider.ARABIC)) {
            com.vaadin.flow.component.UI.getCurrent().setLocale(language);
            open("company/payments/" + order.id());
            TextField code = $(TextField.class).withClassName("confirmation-code").first();
            // a label is one line that the field cuts; the explanation is helper text, which wraps
            assertThat(code.getLabel()).isEqualTo(code.getTranslation("easypayment.detail.code")).hasSizeLessThan(25);
            assertThat(code.getHelperText()).isEqualTo(code.getTranslation("easypayment.detail.code.help"));
            assertThat(code.getWidth()).as("as wide as the screen allows").isEqualTo("100%");
        }
    }
}
