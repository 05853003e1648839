package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pension's months and amounts come out of the database as due periods and dirhams, newest month first. */
@PortalTest
class RetireePaymentsTest {

    @Autowired
    AccountService accounts;
    @Autowired
    RetireeService retirees;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void paymentsAreConsecutiveMonthsNewestFirstWithANetNeverAboveTheGross() {
        SignedIn.as(accounts, DemoLogins.RETIREE);
        RetireePension pension = retirees.myPension();
        assertThat(pension.monthlyAmount()).isGreaterThan(Money.ZERO);

        List<PensionPayment> payments = retirees.myPayments(0, 12);
        assertThat(payments).hasSize(12);
        for (int i = 0; i + 1 < payments.size(); i++) {
            DuePeriod later = payments.get(i).duePeriod();
            assertThat(later.frequency()).isEqualTo(DuePeriod.Frequency.MONTH);
            assertThat(payments.get(i + 1).duePeriod()).isEqualTo(later.previous());
        }
        assertThat(payments).allSatisfy(payment -> {
            assertThat(payment.netAmount()).isLessThanOrEqualTo(payment.grossAmount());
            assertThat(payment.grossAmount().amount().scale()).isEqualTo(2);
        });
    }
}
