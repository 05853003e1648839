package ma.cimr.teleservices.easypayment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.shell.ui.AccessDeniedView;
import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;

import static ma.cimr.teleservices.DemoLogins.ATLAS_COMPANY_ACCOUNT;
import static ma.cimr.teleservices.DemoLogins.ATLAS_ORDERER;
import static ma.cimr.teleservices.DemoLogins.ATLAS_SECOND_VALIDATOR;
import static ma.cimr.teleservices.DemoLogins.ATLAS_VALIDATOR;
import static ma.cimr.teleservices.easypayment.EasyPaymentFixture.ATLAS_RIB;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The E@sypaiement screens as the company's three people use them: the orderer fills the form
 * (periods pre-filled, one amount lowered, the RIB, the day) and lands on the order; each validator
 * reads exactly the periods, amounts and account on the order's page and confirms; the second sends
 * it to the bank. A validator rejects with a reason; an amount above the dues is said and nothing is
 * ordered; the compte adhérent user never reaches the pages.
 */
@Transactional
class PaymentOrderScreensTest extends PortalBrowserlessTest {

    @Autowired
    PaymentOrders orders;
    @Autowired
    HolidayService holidays;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    @BeforeEach
    void atlasDeclaredLastMonth() {
        EasyPaymentFixture.declareAtlasLastMonth(dsl);
    }

    @Test
    void theOrdererOrdersOnTheFormAndTwoValidatorsConfirmOnTheOrdersPage() {
        signInAs(ATLAS_ORDERER);
        open("company/payments");
        test($(Button.class).withClassName("new-payment-order").first()).click();
        assertThat(currentPath()).isEqualTo("company/payments/new");
        TextField amount = $(TextField.class).withClassName("period-amount").first();
        BigDecimal lowered = new BigDecimal(amount.getValue()).subtract(new BigDecimal("50.00"));
        amount.setValue(lowered.toPlainString());
        $(TextField.class).withClassName("order-rib").first().setValue(ATLAS_RIB.grouped());
        $(PortalDatePicker.class).withClassName("order-execution-date").first()
                .setValue(EasyPaymentFixture.nextBusinessDay(holidays, clock));
        test($(Button.class).withClassName("submit-order").first()).click();

        assertThat(currentPath()).startsWith("company/payments/");
        PaymentOrder order = orders.ofMyCompany().getFirst();
        assertThat(currentPath()).isEqualTo("company/payments/" + order.id());
        assertThat(order.lines().getFirst().amount()).isEqualByComparingTo(lowered);
        assertThat($(Button.class).withClassName("withdraw-order").exists()).isTrue();
        assertThat($(Button.class).withClassName("confirm-order").exists()).as("the orderer is no validator").isFalse();

        signInAs(ATLAS_VALIDATOR);
        open("company/payments/" + order.id());
        String facts = $(ma.cimr.teleservices.shared.ui.Facts.class).withClassName("payment-order-facts").first()
                .getElement().getTextRecursively();
        assertThat(facts).contains(ATLAS_RIB.grouped(), "Atlas Conserves SA");
        @SuppressWarnings("unchecked")
        Grid<OrderLine> lines = $(Grid.class).withClassName("order-lines").first();
        assertThat(test(lines).getRow(0)).isEqualTo(order.lines().getFirst());
        test($(Button.class).withClassName("confirm-order").first()).click();
        assertThat($(Paragraph.class).withClassName("already-confirmed").exists()).isTrue();

        signInAs(ATLAS_SECOND_VALIDATOR);
        open("company/payments/" + order.id());
        test($(Button.class).withClassName("confirm-order").first()).click();

        assertThat(orders.mine(order.id()).status()).isEqualTo(PaymentOrderStatus.SENT);
        assertThat($(Button.class).withClassName("confirm-order").exists()).isFalse();
    }

    @Test
    void aValidatorRejectsAnOrderWithAReasonOnItsPage() {
        PaymentOrder order = ordered();
        signInAs(ATLAS_VALIDATOR);
        open("company/payments/" + order.id());

        test($(Button.class).withClassName("reject-order").first()).click();
        assertThat(orders.mine(order.id()).status()).as("no reason, no rejection").isEqualTo(PaymentOrderStatus.AWAITING);
        $(TextArea.class).withClassName("reject-reason").first().setValue("Compte à débiter : celui de la paie");
        test($(Button.class).withClassName("reject-order").first()).click();

        assertThat(orders.mine(order.id()).status()).isEqualTo(PaymentOrderStatus.REJECTED);
        assertThat($(Button.class).withClassName("confirm-order").exists()).isFalse();
    }

    @Test
    void anAmountAboveTheDuesIsOrderedOnTheFormWithItsReasonWhichTheValidatorReads() {
        signInAs(ATLAS_ORDERER);
        open("company/payments/new");
        TextField amount = $(TextField.class).withClassName("period-amount").first();
        amount.setValue(new BigDecimal(amount.getValue()).add(new BigDecimal("75")).toPlainString());
        $(TextField.class).withClassName("order-rib").first().setValue(ATLAS_RIB.value());
        $(PortalDatePicker.class).withClassName("order-execution-date").first()
                .setValue(EasyPaymentFixture.nextBusinessDay(holidays, clock));
        $(TextArea.class).withClassName("above-due-reason").first().setValue("Avance sur les majorations");
        test($(Button.class).withClassName("submit-order").first()).click();

        PaymentOrder order = orders.ofMyCompany().getFirst();
        assertThat(currentPath()).isEqualTo("company/payments/" + order.id());
        signInAs(ATLAS_VALIDATOR);
        open("company/payments/" + order.id());
        assertThat($(ma.cimr.teleservices.shared.ui.Facts.class).withClassName("payment-order-facts").first()
                .getElement().getTextRecursively()).contains("Avance sur les majorations");
    }

    @Test
    void anAmountAboveTheDuesIsSaidOnTheFormAndNothingIsOrdered() {
        signInAs(ATLAS_ORDERER);
        open("company/payments/new");
        TextField amount = $(TextField.class).withClassName("period-amount").first();
        amount.setValue(new BigDecimal(amount.getValue()).add(BigDecimal.ONE).toPlainString());
        $(TextField.class).withClassName("order-rib").first().setValue(ATLAS_RIB.value());
        test($(Button.class).withClassName("submit-order").first()).click();

        assertThat(currentPath()).isEqualTo("company/payments/new");
        assertThat(orders.ofMyCompany()).isEmpty();
    }

    @Test
    void theOrdererUnticksAPeriodAndChangesTheOrderBeforeItsFirstConfirmation() {
        PaymentOrder order = ordered();
        open("company/payments/" + order.id());
        test($(Button.class).withClassName("edit-order").first()).click();
        assertThat(currentPath()).isEqualTo("company/payments/" + order.id() + "/edit");
        $(TextField.class).withClassName("period-amount").first().setValue("100.00");
        test($(Button.class).withClassName("submit-order").first()).click();

        PaymentOrder changed = orders.mine(order.id());
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.lines().getFirst().amount()).isEqualByComparingTo("100.00");
        assertThat($(Checkbox.class).withClassName("include-period").exists()).isFalse();
    }

    @Test
    void theCompteAdherentUserNeverReachesThePaymentPages() {
        signInAs(ATLAS_COMPANY_ACCOUNT);
        for (String route : new String[]{"company/payments", "company/payments/new"}) {
            open(route);
            assertThat(getCurrentView()).as(route).isInstanceOf(AccessDeniedView.class);
        }
    }

    private PaymentOrder ordered() {
        signInAs(ATLAS_ORDERER);
        return orders.order(EasyPaymentFixture.everythingPayable(orders.payableDues(),
                EasyPaymentFixture.nextBusinessDay(holidays, clock)));
    }
}
