package ma.cimr.teleservices.companyaccount.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.companyaccount.AccountSituation;
import ma.cimr.teleservices.companyaccount.CompanyAccountService;
import ma.cimr.teleservices.companyaccount.RecordedPayment;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.ATLAS_COMPANY_ACCOUNT;
import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static ma.cimr.teleservices.jooq.Tables.COMPANY_PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent types a line of the bank statement on the payments screen: the company's account shows
 * it at once, audited; the same line typed again is refused and records nothing. Companies never
 * reach the screen.
 */
@Transactional
class CompanyPaymentsViewTest extends PortalBrowserlessTest {

    @Autowired
    CompanyAccountService accounts;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    @Test
    void anAgentRecordsABankStatementLineAndTheAccountShowsItAtOnce() {
        signInAs(AGENT);
        assertThat(open("backoffice/company-payments")).isEqualTo("backoffice/company-payments");
        String lastMonth = YearMonth.from(today()).minusMonths(1).toString();
        BigDecimal paidBefore = paidIn(accounts.accountOf("100891"), lastMonth);

        fill("100891", "1234.50", "vir test 77", lastMonth);
        test($(Button.class).withClassName("record-payment").first()).click();

        assertThat(paidIn(accounts.accountOf("100891"), lastMonth).subtract(paidBefore)).isEqualByComparingTo("1234.50");
        @SuppressWarnings("unchecked")
        Grid<RecordedPayment> latest = $(Grid.class).withClassName("company-payments-latest").first();
        assertThat(test(latest).getCellText(0, 0)).isEqualTo("VIR TEST 77");
        assertThat(test(latest).getRow(0).requestReference()).startsWith("R");
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("COMPANY_PAYMENT_RECORDED")
                .and(AUDIT_EVENT.ACTOR.eq(AGENT)).and(AUDIT_EVENT.TARGET.eq("100891")))).isEqualTo(1);

        fill("100891", "1234.50", "VIR TEST 77", lastMonth);
        test($(Button.class).withClassName("record-payment").first()).click();

        assertThat(dsl.fetchCount(COMPANY_PAYMENT, COMPANY_PAYMENT.BANK_REFERENCE.eq("VIR TEST 77"))).isEqualTo(1);
        assertThat(paidIn(accounts.accountOf("100891"), lastMonth).subtract(paidBefore)).isEqualByComparingTo("1234.50");
    }

    @Test
    void aCompanyUserNeverReachesThePaymentsScreen() {
        signInAs(ATLAS_COMPANY_ACCOUNT);
        open("backoffice/company-payments");

        assertThat($(Button.class).withClassName("record-payment").all()).isEmpty();
    }

    private void fill(String adherent, String amount, String reference, String period) {
        $(TextField.class).withClassName("payment-adherent-number").first().setValue(adherent);
        $(BigDecimalField.class).withClassName("payment-amount").first().setValue(new BigDecimal(amount));
        $(TextField.class).withClassName("payment-bank-reference").first().setValue(reference);
        $(PortalDatePicker.class).withClassName("payment-value-date").first()
                .setValue(today());
        $(TextField.class).withClassName("payment-period").first().setValue(period);
        $(BigDecimalField.class).withClassName("payment-period-amount").first().setValue(new BigDecimal(amount));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
    }

    private static BigDecimal paidIn(AccountSituation account, String period) {
        return account.periods().stream().filter(p -> p.period().toString().equals(period))
                .map(p -> p.paid()).findFirst().orElse(BigDecimal.ZERO);
    }
}
