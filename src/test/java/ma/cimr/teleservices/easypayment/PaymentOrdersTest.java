package ma.cimr.teleservices.easypayment;

import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.bank.BankAnswer;
import ma.cimr.teleservices.bank.BankAnswers;
import ma.cimr.teleservices.bank.BankPurpose;
import ma.cimr.teleservices.bank.SandboxBank;
import ma.cimr.teleservices.companyaccount.CompanyAccountService;
import ma.cimr.teleservices.companyaccount.FundBankAccount;
import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.value.Rib;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.value.DuePeriod;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static ma.cimr.teleservices.DemoLogins.ATLAS_ORDERER;
import static ma.cimr.teleservices.DemoLogins.ATLAS_SECOND_VALIDATOR;
import static ma.cimr.teleservices.DemoLogins.ATLAS_VALIDATOR;
import static ma.cimr.teleservices.easypayment.EasyPaymentFixture.ATLAS_RIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * E@sypaiement's use cases on Atlas Conserves, which asks two confirmations and whose demo leaves
 * last month half unpaid: the orderer orders it, changes or withdraws it before the first
 * confirmation; two different validators confirm it and the second sends it to the bank; a
 * rejection needs a reason; an unconfirmed order expires; and every bad input of issue 12 is refused
 * with its own message, nothing written. Each test rolls back.
 */
@Transactional
class PaymentOrdersTest extends PortalBrowserlessTest {

    @Autowired
    PaymentOrders orders;
    @Autowired
    OrderExpiry expiry;
    @Autowired
    HolidayService holidays;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestClock clock;
    @Autowired
    SandboxBank bank;
    @Autowired
    BankAnswers answers;
    @Autowired
    FundBankAccount fund;
    @Autowired
    CompanyAccountService companyAccounts;

    private Instant saved;
    private LocalDate day;

    @BeforeEach
    void keepTheClock() {
        saved = clock.instant();
        day = EasyPaymentFixture.nextBusinessDay(holidays, clock);
        EasyPaymentFixture.declareAtlasLastMonth(dsl);
    }

    @AfterEach
    void restoreTheClock() {
        clock.set(saved);
    }

    @Test
    void theOrdererOrdersLastMonthsDuesAndEveryoneConcernedIsTold() {
        signInAs(ATLAS_ORDERER);
        List<PayableDue> dues = orders.payableDues();
        DuePeriod lastMonth = DuePeriod.month(java.time.YearMonth.from(LocalDate.ofInstant(clock.instant(),
                ma.cimr.teleservices.shared.BusinessCalendar.ZONE)).minusMonths(1));

        assertThat(dues).extracting(PayableDue::period).contains(lastMonth);
        long before = notices();
        PaymentOrder order = orders.order(EasyPaymentFixture.everythingPayable(dues, day));

        assertThat(order.status()).isEqualTo(PaymentOrderStatus.AWAITING);
        assertThat(order.confirmationsRequired()).isEqualTo(2);
        assertThat(order.amount()).isEqualByComparingTo(dues.stream().map(PayableDue::payable)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(order.debtorAccount()).isEqualTo(ATLAS_RIB);
        assertThat(order.reference()).matches("EP\\d{8}");
        // the orderer and both validators
        assertThat(notices() - before).isEqualTo(3);
        assertThat(orders.payableDues()).as("the periods are spoken for").isEmpty();
        assertThat(orders.ofMyCompany()).first().isEqualTo(order);
        assertThat(orders.lastAccount()).contains(ATLAS_RIB.value());
        assertThat(dsl.fetchExists(dsl.selectOne().from("audit_event").where("action = 'PAYMENT_ORDERED' and actor = ?",
                ATLAS_ORDERER))).isTrue();
    }

    @Test
    void twoDifferentValidatorsConfirmAndTheSecondSendsTheOrderToTheBank() {
        PaymentOrder order = ordered();

        signInAs(ATLAS_VALIDATOR);
        PaymentOrder once = orders.confirm(order.id(), order.version(), null);
        assertThat(once.status()).isEqualTo(PaymentOrderStatus.AWAITING);
        assertThat(once.confirmations()).extracting(Confirmation::validatorLogin).containsExactly(ATLAS_VALIDATOR);
        assertRefused(() -> orders.confirm(order.id(), order.version(), null), "easypayment.error.confirmedTwice");

        signInAs(ATLAS_SECOND_VALIDATOR);
        PaymentOrder sent = orders.confirm(order.id(), order.version(), null);

        assertThat(sent.status()).isEqualTo(PaymentOrderStatus.SENT);
        assertThat(sent.confirmations()).extracting(Confirmation::validatorLogin)
                .containsExactly(ATLAS_VALIDATOR, ATLAS_SECOND_VALIDATOR);
        assertThat(dsl.fetchCount(dsl.selectOne().from("payment_order_execution").where("order_id = ?", order.id())))
                .isEqualTo(1);
        assertRefused(() -> orders.confirm(order.id(), order.version(), null), "easypayment.error.executed");
        signInAs(ATLAS_VALIDATOR);
        assertRefused(() -> orders.confirm(order.id(), order.version(), null), "easypayment.error.executed");
    }

    @Test
    void theExecutionIsOnePain001MessageFromTheCompanysAccountToTheFunds() throws Exception {
        PaymentOrder sent = sent();

        String xml;
        try (var content = bank.content(OrderExecution.messageId(sent))) {
            xml = new String(content.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(bank.latest(0, 5)).filteredOn(message -> message.messageId().equals(OrderExecution.messageId(sent)))
                .singleElement().satisfies(message -> {
                    assertThat(message.purpose()).isEqualTo(BankPurpose.COMPANY_PAYMENT);
                    assertThat(message.bankCode()).isEqualTo("190");
                    assertThat(message.transfers()).isEqualTo(1);
                    assertThat(message.controlSum()).isEqualByComparingTo(sent.amount());
                });
        assertThat(xml).contains("pain.001.001.03", ATLAS_RIB.iban(), Rib.parse(fund.rib()).iban(),
                "<EndToEndId>" + sent.reference() + "</EndToEndId>", sent.amount().toPlainString(), "Atlas Conserves SA");
    }

    @Test
    void theBanksConfirmationPaysTheOrderAndTheCompteAdherentShowsItsPeriodsPaid() {
        PaymentOrder sent = sent();
        OrderLine line = sent.lines().getFirst();
        clock.set(sent.executionDate().atTime(10, 0).atZone(BusinessCalendar.ZONE).toInstant());

        bank.confirmAll(OrderExecution.messageId(sent));
        assertThat(answers.deliverPending()).isEqualTo(1);

        signInAs(ATLAS_ORDERER);
        PaymentOrder paid = orders.mine(sent.id());
        assertThat(paid.status()).isEqualTo(PaymentOrderStatus.PAID);
        assertThat(paid.bankValueDate()).isEqualTo(sent.executionDate());
        signInAs(ma.cimr.teleservices.DemoLogins.ATLAS_COMPANY_ACCOUNT);
        var period = companyAccounts.myAccount().periods().stream().filter(p -> p.period().equals(line.period()))
                .findFirst().orElseThrow();
        assertThat(period.balance()).as("paid, surcharges aside").isLessThanOrEqualTo(period.surcharges());
        assertThat(period.entries()).anySatisfy(entry -> assertThat(entry.detail()).isEqualTo(sent.reference()));
        // the n°5 clock starts at the bank's confirmation, filed under the orderer
        assertThat(dsl.fetchValue("select sr.requester_account_id from service_request sr join company_payment p "
                + "on p.request_reference = sr.reference where p.bank_reference = ?", sent.reference()))
                .isEqualTo(EasyPaymentFixture.accountId(dsl, ATLAS_ORDERER));
        assertThat(answers.deliverPending()).as("once").isZero();
    }

    @Test
    void theBanksRejectionShowsOnTheOrderWithItsReasonAndFreesItsPeriods() {
        PaymentOrder sent = sent();

        bank.answer(OrderExecution.messageId(sent), sent.reference(), BankAnswer.Outcome.REJECTED, "AM04 provision insuffisante");
        answers.deliverPending();

        signInAs(ATLAS_ORDERER);
        PaymentOrder rejected = orders.mine(sent.id());
        assertThat(rejected.status()).isEqualTo(PaymentOrderStatus.BANK_REJECTED);
        assertThat(rejected.reason()).isEqualTo("AM04 provision insuffisante");
        assertThat(orders.payableDues()).extracting(PayableDue::period).contains(sent.lines().getFirst().period());
        assertThat(dsl.fetchCount(dsl.selectOne().from("company_payment").where("bank_reference = ?", sent.reference())))
                .isZero();
    }

    @Test
    void withOneConfirmationAskedTheFirstValidatorSendsIt() {
        dsl.execute("update company set payment_confirmations = 1 where adherent_number = '100234'");
        PaymentOrder order = ordered();

        signInAs(ATLAS_VALIDATOR);

        assertThat(orders.confirm(order.id(), order.version(), null).status()).isEqualTo(PaymentOrderStatus.SENT);
    }

    @Test
    void theOrdererChangesTheOrderBeforeItsFirstConfirmationAndNeverAfter() {
        PaymentOrder order = ordered();
        OrderLine line = order.lines().getFirst();
        BigDecimal lower = line.amount().subtract(new BigDecimal("100.00"));

        PaymentOrder changed = orders.change(order.id(), new OrderDraft(List.of(new OrderLine(line.period(), lower)),
                ATLAS_RIB.value(), day));

        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.amount()).isEqualByComparingTo(lower);
        signInAs(ATLAS_VALIDATOR);
        assertRefused(() -> orders.confirm(order.id(), 1, null), "easypayment.error.changed");
        orders.confirm(order.id(), 2, null);

        signInAs(ATLAS_ORDERER);
        assertRefused(() -> orders.change(order.id(), new OrderDraft(changed.lines(), ATLAS_RIB.value(), day)),
                "easypayment.error.notChangeable");
        assertRefused(() -> orders.withdraw(order.id()), "easypayment.error.notChangeable");
    }

    @Test
    void aWithdrawnOrderFreesItsPeriodsAndCanNoLongerBeConfirmed() {
        PaymentOrder order = ordered();

        orders.withdraw(order.id());

        assertThat(orders.mine(order.id()).status()).isEqualTo(PaymentOrderStatus.WITHDRAWN);
        assertThat(orders.payableDues()).isNotEmpty();
        signInAs(ATLAS_VALIDATOR);
        assertRefused(() -> orders.confirm(order.id(), order.version(), null), "easypayment.error.withdrawn");
    }

    @Test
    void aValidatorRejectsAnOrderWithAReasonEveryoneReads() {
        PaymentOrder order = ordered();
        signInAs(ATLAS_VALIDATOR);

        assertRefused(() -> orders.reject(order.id(), "  "), "easypayment.error.reasonRequired");
        PaymentOrder rejected = orders.reject(order.id(), "Mauvais compte : payer depuis la BMCE");

        assertThat(rejected.status()).isEqualTo(PaymentOrderStatus.REJECTED);
        assertThat(rejected.reason()).isEqualTo("Mauvais compte : payer depuis la BMCE");
        assertThat(rejected.closedBy()).isEqualTo(ATLAS_VALIDATOR);
        signInAs(ATLAS_SECOND_VALIDATOR);
        assertRefused(() -> orders.confirm(order.id(), order.version(), null), "easypayment.error.rejected");
    }

    @Test
    void anOrderNobodyConfirmedInTimeExpiresAndIsNoLongerConfirmed() {
        PaymentOrder order = ordered();
        clock.advance(Duration.ofDays(8));

        signInAs(ATLAS_VALIDATOR);
        assertRefused(() -> orders.confirm(order.id(), order.version(), null), "easypayment.error.expired");
        assertThat(expiry.runOnce()).isGreaterThanOrEqualTo(1);

        assertThat(orders.mine(order.id()).status()).isEqualTo(PaymentOrderStatus.EXPIRED);
        assertRefused(() -> orders.confirm(order.id(), order.version(), null), "easypayment.error.expired");
        assertThat(expiry.runOnce()).as("once").isZero();
    }

    @Test
    void anAmountAboveWhatIsDueIsRefused() {
        signInAs(ATLAS_ORDERER);
        PayableDue due = orders.payableDues().getFirst();

        assertRefused(() -> orders.order(draft(due.period(), due.payable().add(new BigDecimal("0.01")))),
                "easypayment.error.aboveDue");
        assertRefused(() -> orders.order(draft(due.period(), BigDecimal.ZERO)), "easypayment.error.amount");
        assertThat(orders.ofMyCompany()).isEmpty();
    }

    @Test
    void anAmountAboveWhatIsDueIsOrderedWithAReasonTheValidatorsReadAndTheReceiptPrints() throws Exception {
        signInAs(ATLAS_ORDERER);
        PayableDue due = orders.payableDues().getFirst();
        BigDecimal above = due.payable().add(new BigDecimal("120.00"));
        String reason = "Majorations de retard annoncées par le gestionnaire";

        assertRefused(() -> orders.order(new OrderDraft(List.of(new OrderLine(due.period(), above)), ATLAS_RIB.value(),
                day, "   ")), "easypayment.error.aboveDue");
        assertRefused(() -> orders.order(new OrderDraft(List.of(new OrderLine(due.period(), above)), ATLAS_RIB.value(),
                day, "x".repeat(501))), "easypayment.error.aboveDueReasonLength");
        assertThat(orders.ofMyCompany()).as("nothing half-written").isEmpty();
        PaymentOrder order = orders.order(new OrderDraft(List.of(new OrderLine(due.period(), above)), ATLAS_RIB.value(),
                day, "  " + reason + " "));

        assertThat(order.amount()).isEqualByComparingTo(above);
        assertThat(order.aboveDueReason()).isEqualTo(reason);
        signInAs(ATLAS_VALIDATOR);
        assertThat(orders.mine(order.id()).aboveDueReason()).as("what the validator confirms").isEqualTo(reason);
        assertThat(pdfText(orders.receiptPdf(order.id(), Locale.FRENCH))).contains(reason);
        orders.confirm(order.id(), order.version(), null);
        signInAs(ATLAS_SECOND_VALIDATOR);
        assertThat(orders.confirm(order.id(), order.version(), null).status())
                .as("checked again at the last confirmation, with its reason").isEqualTo(PaymentOrderStatus.SENT);
    }

    @Test
    void aReasonTypedForAnOrderOfWhatIsDueIsNotKept() {
        signInAs(ATLAS_ORDERER);
        PayableDue due = orders.payableDues().getFirst();

        PaymentOrder order = orders.order(new OrderDraft(List.of(new OrderLine(due.period(), due.payable())),
                ATLAS_RIB.value(), day, "Rien à dire"));

        assertThat(order.aboveDueReason()).isNull();
    }

    @Test
    void aSecondOrderCannotAskForWhatAnotherAlreadyAsks() {
        PaymentOrder first = ordered();
        OrderLine line = first.lines().getFirst();

        assertRefused(() -> orders.order(draft(line.period(), new BigDecimal("1.00"))), "easypayment.error.aboveDue");
    }

    @Test
    void aPeriodAlreadyPaidIsRefused() {
        signInAs(ATLAS_ORDERER);
        DuePeriod twoMonthsAgo = DuePeriod.month(java.time.YearMonth.from(LocalDate.ofInstant(clock.instant(),
                ma.cimr.teleservices.shared.BusinessCalendar.ZONE)).minusMonths(2));

        assertRefused(() -> orders.order(draft(twoMonthsAgo, new BigDecimal("10.00"))), "easypayment.error.periodPaid");
        assertRefused(() -> orders.order(draft(DuePeriod.parse("2031-01"), new BigDecimal("10.00"))),
                "easypayment.error.notDue");
    }

    @Test
    void aPeriodOfClosedCategoriesOnlyIsRefused() {
        signInAs(ATLAS_ORDERER);
        PayableDue due = orders.payableDues().getFirst();
        dsl.execute("update contribution_category set active = false where company_id = "
                + "(select id from company where adherent_number = '100234')");

        assertThat(orders.payableDues()).isEmpty();
        assertRefused(() -> orders.order(draft(due.period(), new BigDecimal("10.00"))), "easypayment.error.closedCategory");
    }

    @Test
    void aWrongRibKeyOrAnExecutionDayInThePastOrOnAHolidayIsRefused() {
        signInAs(ATLAS_ORDERER);
        PayableDue due = orders.payableDues().getFirst();
        String wrongKey = ATLAS_RIB.value().substring(0, 22) + (ATLAS_RIB.value().endsWith("00") ? "01" : "00");
        List<OrderLine> lines = List.of(new OrderLine(due.period(), new BigDecimal("10.00")));
        LocalDate sunday = day.plusDays(7 - day.getDayOfWeek().getValue());

        assertRefused(() -> orders.order(new OrderDraft(lines, wrongKey, day)), "validation.rib.key");
        assertRefused(() -> orders.order(new OrderDraft(lines, "1234", day)), "validation.rib.format");
        assertRefused(() -> orders.order(new OrderDraft(lines, ATLAS_RIB.value(), day.minusDays(10))),
                "easypayment.error.executionDate");
        assertRefused(() -> orders.order(new OrderDraft(lines, ATLAS_RIB.value(), sunday)),
                "easypayment.error.notBusinessDay");
        assertThat(orders.ofMyCompany()).isEmpty();
    }

    @Test
    void aSuspendedLoginCanDoNothing() {
        PaymentOrder order = ordered();
        dsl.execute("update user_account set status = 'SUSPENDED' where login in (?, ?)", ATLAS_ORDERER, ATLAS_VALIDATOR);

        assertRefused(() -> orders.order(draft(order.lines().getFirst().period(), BigDecimal.ONE)),
                "easypayment.error.suspended");
        assertRefused(() -> orders.withdraw(order.id()), "easypayment.error.suspended");
        signInAs(ATLAS_VALIDATOR);
        assertRefused(() -> orders.confirm(order.id(), order.version(), null), "easypayment.error.suspended");
        assertRefused(() -> orders.reject(order.id(), "non"), "easypayment.error.suspended");
        assertThat(orders.mine(order.id()).confirmations()).isEmpty();
    }

    @Test
    void nobodyConfirmsTheirOwnOrder() {
        // a login holding both roles from before DD024 separated them
        dsl.execute("insert into account_role (account_id, role) select id, 'PAYMENT_ORDERER' from user_account where login = ?",
                ATLAS_VALIDATOR);
        signInAs(ATLAS_VALIDATOR);
        PaymentOrder own = orders.order(EasyPaymentFixture.everythingPayable(orders.payableDues(), day));

        assertRefused(() -> orders.confirm(own.id(), own.version(), null), "easypayment.error.ownOrder");
        assertRefused(() -> orders.reject(own.id(), "non"), "easypayment.error.ownOrder");
        signInAs(ATLAS_ORDERER);
        assertThatThrownBy(() -> orders.confirm(own.id(), own.version(), null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherCompanysOrderIsUnknown() {
        PaymentOrder order = ordered();
        signInAs("maghreb.validateur");

        assertRefused(() -> orders.mine(order.id()), "easypayment.error.unknown");
        assertRefused(() -> orders.confirm(order.id(), order.version(), null), "easypayment.error.unknown");
        assertThat(orders.ofMyCompany()).isEmpty();
    }

    @Test
    void theReceiptIsAPdfInFrenchAndArabic() {
        PaymentOrder order = ordered();

        byte[] french = orders.receiptPdf(order.id(), Locale.FRENCH);
        byte[] arabic = orders.receiptPdf(order.id(), Locale.forLanguageTag("ar"));

        assertThat(new String(french, 0, 5)).isEqualTo("%PDF-");
        assertThat(new String(arabic, 0, 5)).isEqualTo("%PDF-");
        assertThat(arabic).isNotEqualTo(french);
    }

    /** Ordered, confirmed by both validators: at the bank. */
    private PaymentOrder sent() {
        PaymentOrder order = ordered();
        signInAs(ATLAS_VALIDATOR);
        orders.confirm(order.id(), order.version(), null);
        signInAs(ATLAS_SECOND_VALIDATOR);
        return orders.confirm(order.id(), order.version(), null);
    }

    private PaymentOrder ordered() {
        signInAs(ATLAS_ORDERER);
        return orders.order(EasyPaymentFixture.everythingPayable(orders.payableDues(), day));
    }

    private OrderDraft draft(DuePeriod period, BigDecimal amount) {
        return new OrderDraft(List.of(new OrderLine(period, amount)), ATLAS_RIB.value(), day);
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        var reader = new org.openpdf.text.pdf.PdfReader(pdf);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new org.openpdf.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private long notices() {
        return dsl.fetchCount(dsl.selectOne().from("outbox_message").where("subject like 'E@sypaiement %'"));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String key) {
        assertThatThrownBy(action).isInstanceOf(Refusal.class).extracting("key").isEqualTo(key);
    }
}
