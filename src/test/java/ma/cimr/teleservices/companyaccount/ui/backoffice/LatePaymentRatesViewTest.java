package ma.cimr.teleservices.companyaccount.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.approval.Approvals;
import ma.cimr.teleservices.companyaccount.LatePaymentRate;
import ma.cimr.teleservices.companyaccount.LatePaymentRates;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;

import static ma.cimr.teleservices.DemoLogins.ADMINISTRATOR;
import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.SECOND_ADMINISTRATOR;
import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The surcharge rate is the administrators' parameter: one proposes a row on its screen, it does not
 * count until another approves it (never the proposer), then it is in the history, audited.
 */
@Transactional
class LatePaymentRatesViewTest extends PortalBrowserlessTest {

    @Autowired
    LatePaymentRates rates;
    @Autowired
    Approvals approvals;
    @Autowired
    DSLContext dsl;

    @Test
    void anAdministratorProposesARateAndItCountsOnceAnotherAdministratorApprovesIt() {
        signInAs(ADMINISTRATOR);
        assertThat(open("backoffice/late-payment-rates")).isEqualTo("backoffice/late-payment-rates");
        int before = rates.history().size();
        $(PortalDatePicker.class).withClassName("rate-applies-from").first().setValue(LocalDate.of(2031, 1, 1));
        $(BigDecimalField.class).withClassName("rate-percent").first().setValue(new BigDecimal("1.5"));
        $(IntegerField.class).withClassName("rate-due-day").first().setValue(20);
        test($(Button.class).withClassName("propose-rate").first()).click();

        assertThat(rates.history()).hasSize(before);
        String subject = "late_payment_rate 2031-01-01";
        assertThatThrownBy(() -> approvals.approveOn(subject)).isInstanceOf(Refusal.class)
                .extracting("key").isEqualTo("approval.error.ownProposal");

        signInAs(SECOND_ADMINISTRATOR);
        approvals.approveOn(subject);

        LatePaymentRate saved = rates.history().getLast();
        assertThat(saved.appliesFrom()).isEqualTo(LocalDate.of(2031, 1, 1));
        assertThat(saved.monthlyPercent()).isEqualByComparingTo("1.50");
        assertThat(saved.dueDay()).isEqualTo(20);
        assertThat(saved.recordedBy()).isEqualTo(SECOND_ADMINISTRATOR);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("LATE_PAYMENT_RATE_SAVED")
                .and(AUDIT_EVENT.ACTOR.eq(SECOND_ADMINISTRATOR)))).isEqualTo(1);
        open("backoffice/late-payment-rates");
        @SuppressWarnings("unchecked")
        Grid<LatePaymentRate> history = $(Grid.class).withClassName("late-payment-rates").first();
        assertThat(test(history).getCellText(0, 0)).isEqualTo("01/01/2031");
    }

    @Test
    void aRateOutsideItsBoundsIsRefusedAndOnlyAdministratorsProposeOne() {
        signInAs(ADMINISTRATOR);
        assertThatThrownBy(() -> rates.propose(LocalDate.of(2031, 2, 1), new BigDecimal("100"), 10))
                .isInstanceOf(Refusal.class).extracting("key").isEqualTo("companyaccount.rates.error.percent");
        assertThatThrownBy(() -> rates.propose(LocalDate.of(2031, 2, 1), new BigDecimal("1"), 29))
                .isInstanceOf(Refusal.class).extracting("key").isEqualTo("companyaccount.rates.error.dueDay");

        signInAs(AGENT);
        assertThatThrownBy(() -> rates.propose(LocalDate.of(2031, 2, 1), new BigDecimal("1"), 10))
                .isInstanceOf(AccessDeniedException.class);
    }
}
