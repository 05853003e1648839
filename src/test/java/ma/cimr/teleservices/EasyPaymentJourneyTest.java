package ma.cimr.teleservices;

import com.microsoft.playwright.Page;
import ma.cimr.teleservices.bank.BankAnswers;
import ma.cimr.teleservices.bank.SandboxBank;
import ma.cimr.teleservices.shared.value.Rib;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * E@sypaiement in a real headless Chromium, three people in three windows (issue 12): Atlas's
 * orderer orders the payment of last month's dues, its two validators each read the order and
 * confirm it with a code of their authenticator, the sandbox bank confirms the transfer, and the
 * compte adhérent (a fourth window, its user's) shows last month paid. It cleans up what it wrote
 * (the order, the bank's message, the payment, the enrolled authenticators), since other tests
 * confirm as these validators without a second factor.
 */
@PortalTest
class EasyPaymentJourneyTest extends BrowserJourney {

    /** Atlas Conserves' account, typed by its orderer as the bank prints it, in groups. */
    private static final Rib ATLAS_RIB = Rib.withKey("1907801234567890123456");
    private static final List<String> PEOPLE = List.of(DemoLogins.ATLAS_ORDERER, DemoLogins.ATLAS_VALIDATOR,
            DemoLogins.ATLAS_SECOND_VALIDATOR);

    @Autowired
    SandboxBank bank;
    @Autowired
    BankAnswers answers;
    @Autowired
    DSLContext dsl;

    private Instant saved;
    private String reference;

    private List<Long> declared = List.of();

    @BeforeEach
    void keepTheClockAndDeclareLastMonth() {
        saved = clock.instant();
        declared = ma.cimr.teleservices.easypayment.EasyPaymentFixture.declareAtlasLastMonth(dsl);
    }

    @AfterEach
    void cleanUp() {
        clock.set(saved);
        if (reference != null) {
            String message = "EASYPAY-" + reference;
            Object request = dsl.fetchValue("select request_reference from company_payment where bank_reference = ?", reference);
            dsl.execute("delete from company_payment_allocation where payment_id in "
                    + "(select id from company_payment where bank_reference = ?)", reference);
            dsl.execute("delete from company_payment where bank_reference = ?", reference);
            if (request != null) {
                dsl.execute("delete from request_event where request_id = (select id from service_request where reference = ?)", request);
                dsl.execute("delete from service_request where reference = ?", request);
            }
            dsl.execute("delete from bank_answer where message_id = ?", message);
            dsl.execute("delete from bank_message where message_id = ?", message);
            dsl.execute("delete from outbox_message where subject like ?", "E@sypaiement " + reference + " %");
            dsl.execute("delete from payment_order where id = ?", Long.parseLong(reference.substring(2)));
        }
        ma.cimr.teleservices.easypayment.EasyPaymentFixture.removeDeclarations(dsl, declared);
        for (String login : PEOPLE) {
            dsl.execute("delete from recovery_code where account_id = (select id from user_account where login = ?)", login);
            dsl.execute("delete from second_factor where account_id = (select id from user_account where login = ?)", login);
        }
    }

    @Test
    void theOrdererOrdersLastMonthTwoValidatorsConfirmTheBankConfirmsAndTheAccountShowsItPaid() {
        Page orderer = newWindow();
        signInWithSecondFactor(orderer, DemoLogins.ATLAS_ORDERER, DemoLogins.PASSWORD);
        orderer.navigate(url("company/payments/new"));
        orderer.locator(".payable-due").first().waitFor();
        screenshot(orderer, "easypayment-order-form");
        orderer.locator("vaadin-text-field.order-rib input").fill(ATLAS_RIB.grouped());
        orderer.locator("vaadin-button.submit-order").click();
        orderer.waitForURL(Pattern.compile(".*/company/payments/\\d+$"));
        Matcher id = Pattern.compile("/company/payments/(\\d+)$").matcher(orderer.url());
        assertThat(id.find()).isTrue();
        reference = String.format("EP%08d", Long.parseLong(id.group(1)));
        assertThat(orderer.locator(".payment-order h1")).containsText(reference);
        screenshot(orderer, "easypayment-ordered");

        for (String validator : List.of(DemoLogins.ATLAS_VALIDATOR, DemoLogins.ATLAS_SECOND_VALIDATOR)) {
            Page window = newWindow();
            signInWithSecondFactor(window, validator, DemoLogins.PASSWORD);
            window.navigate(url("company/payments/" + id.group(1)));
            assertThat(window.locator(".payment-order-facts")).containsText("190 780");
            clock.advance(java.time.Duration.ofSeconds(30)); // a code is good once
            window.locator("vaadin-text-field.confirmation-code input")
                    .fill(SecondFactorCodes.codeNow(authenticatorSecret(validator), clock));
            screenshot(window, "easypayment-confirm-" + validator);
            window.locator("vaadin-button.confirm-order").click();
            window.locator(".already-confirmed").or(window.locator(".payment-order-facts:has-text('Transmis à la banque')"))
                    .first().waitFor();
        }
        assertThat(dsl.fetchValue("select status from payment_order where id = ?", Long.parseLong(id.group(1))))
                .isEqualTo("SENT");

        // the sandbox bank confirms on the execution day
        LocalDate executionDay = dsl.fetchSingle("select execution_date from payment_order where id = ?",
                Long.parseLong(id.group(1))).get(0, LocalDate.class);
        if (executionDay.isAfter(LocalDate.ofInstant(clock.instant(), ma.cimr.teleservices.shared.BusinessCalendar.ZONE))) {
            clock.set(executionDay.atTime(10, 0).atZone(ma.cimr.teleservices.shared.BusinessCalendar.ZONE).toInstant());
        }
        assertThat(bank.confirmAll("EASYPAY-" + reference)).isEqualTo(1);
        assertThat(answers.deliverPending()).isGreaterThanOrEqualTo(1);

        orderer.reload();
        assertThat(orderer.locator(".payment-order-facts")).containsText("Payé, confirmé par la banque");
        screenshot(orderer, "easypayment-paid");

        Page accountant = newWindow();
        signIn(accountant, DemoLogins.ATLAS_COMPANY_ACCOUNT, DemoLogins.PASSWORD);
        accountant.navigate(url("company/account"));
        accountant.locator(".company-account-periods").waitFor();
        accountant.locator(".company-account-entry-grid").waitFor();
        assertThat(accountant.locator(".company-account-entry-grid")).containsText(reference);
        screenshot(accountant, "easypayment-account");
        YearMonth lastMonth = YearMonth.from(LocalDate.ofInstant(saved, ma.cimr.teleservices.shared.BusinessCalendar.ZONE))
                .minusMonths(1);
        assertThat(dsl.fetchValue("""
                select count(*) from company_payment_allocation a join company_payment p on p.id = a.payment_id
                where p.bank_reference = ? and a.due_period = ?""", reference, lastMonth.atDay(1))).isEqualTo(1L);
    }
}
