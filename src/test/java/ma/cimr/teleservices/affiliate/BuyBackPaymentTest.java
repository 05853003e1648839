package ma.cimr.teleservices.affiliate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.bank.IncomingCredit;
import ma.cimr.teleservices.bank.IncomingCredits;
import ma.cimr.teleservices.bank.SandboxBank;
import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestDetail;
import ma.cimr.teleservices.request.RequestStatus;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.OTHER_AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.SUPERVISOR;
import static ma.cimr.teleservices.jooq.Tables.GRANTED_POINTS;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Buy-backs started by the bank's confirmation (DD040, charter affiliés n°3–4): the affiliate asks
 * and is told what to pay, where and with which reference, and nothing is measured yet; the bank
 * notifies the money; a credit quoting the reference with the amount asked is identified at once,
 * any other waits for an agent; identifying files n°4 from that moment and n°3 from the bank's value
 * date, and crediting the points answers both, whose figures nothing moves afterwards. Each test
 * rolls back.
 */
@Transactional
class BuyBackPaymentTest extends PortalBrowserlessTest {

    @Autowired
    BuyBacks buyBacks;
    @Autowired
    BuyBackPayments payments;
    @Autowired
    BuyBackCredits credits;
    @Autowired
    SandboxBank bank;
    @Autowired
    IncomingCredits incomingCredits;
    @Autowired
    ServiceRequests serviceRequests;
    @Autowired
    RequestDesk desk;
    @Autowired
    HolidayService holidays;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestClock clock;

    private Instant saved;

    @BeforeEach
    void keepTheClock() {
        saved = clock.instant();
    }

    @AfterEach
    void restoreTheClock() {
        clock.set(saved);
    }

    @Test
    void askingForABuyBackGivesTheFundsAccountAndAUniqueReferenceAndStartsNoClock() {
        signInAs(AFFILIATE);
        long requestsBefore = requestsOfTheBuyBackTypes();

        BuyBack first = buyBacks.ask(new BigDecimal("30000"), PortalI18NProvider.FRENCH);
        BuyBack second = buyBacks.ask(new BigDecimal("1000"), PortalI18NProvider.FRENCH);

        assertThat(first.paymentReference()).matches("RA\\d{10}").isNotEqualTo(second.paymentReference());
        assertThat(PaymentReferences.read(first.paymentReference())).contains(first.paymentReference());
        assertThat(first.status()).isEqualTo(BuyBack.Status.AWAITING_PAYMENT);
        assertThat(first.amount()).isEqualByComparingTo("30000");
        assertThat(first.points()).isEqualByComparingTo(new BigDecimal("30000").divide(first.pointPrice(), 2,
                java.math.RoundingMode.HALF_UP));
        assertThat(buyBacks.fundAccount().rib()).isNotBlank();
        assertThat(requestsOfTheBuyBackTypes()).as("no clock starts at the asking").isEqualTo(requestsBefore);
        assertThatThrownBy(() -> buyBacks.ask(new BigDecimal("600000"), PortalI18NProvider.FRENCH))
                .isInstanceOf(Refusal.class).extracting("key").isEqualTo("buyback.error.aboveMaximum");

        signInAs(OTHER_AFFILIATE);
        assertThat(buyBacks.mine()).extracting(BuyBack::paymentReference)
                .doesNotContain(first.paymentReference(), second.paymentReference());
    }

    @Test
    void theReferenceAndAmountQuotedIdentifyThePaymentAtOnceAndEachClockStartsAtItsEvent() {
        BuyBack asked = asked("30000");
        clock.advance(Duration.ofDays(6));
        LocalDate valueDate = lastBusinessDayBeforeToday();

        // as payers write it: spaces, dashes, small letters
        String written = "virement rachat " + asked.paymentReference().substring(0, 6).toLowerCase() + " "
                + asked.paymentReference().substring(6);
        IncomingCredit credit = bank.receiveCredit(written, new BigDecimal("30000.00"), valueDate, "M. Alami");
        Instant identifiedAt = clock.instant();
        assertThat(incomingCredits.deliverPending()).isEqualTo(1);

        signInAs(AFFILIATE);
        BuyBack paid = buyBacks.mine().stream().filter(b -> b.id() == asked.id()).findFirst().orElseThrow();
        assertThat(paid.status()).isEqualTo(BuyBack.Status.PAYMENT_IDENTIFIED);
        assertThat(paid.valueDate()).isEqualTo(valueDate);
        signInAs(AGENT);
        RequestDetail creditRequest = desk.detail(paid.requestReference());
        RequestDetail statementRequest = desk.detail(paid.statementRequestReference());
        BusinessCalendar calendar = holidays.calendar();

        // n°4: 8 business days from the identification, which was now
        assertThat(creditRequest.summary().type().code()).isEqualTo("AFFILIATE_BUYBACK");
        assertThat(creditRequest.summary().receivedAt()).isEqualTo(identifiedAt);
        assertThat(creditRequest.committedDueDate()).isEqualTo(calendar.plusBusinessDays(today(), 8));
        // n°3: 4 business days from the bank's confirmation, its value date
        assertThat(statementRequest.summary().type().code()).isEqualTo(BuyBackIdentification.STATEMENT_TYPE);
        assertThat(statementRequest.summary().receivedAt())
                .isEqualTo(valueDate.atStartOfDay(BusinessCalendar.ZONE).toInstant());
        assertThat(statementRequest.committedDueDate()).isEqualTo(calendar.plusBusinessDays(valueDate, 4));
        assertThat(List.of(creditRequest, statementRequest)).allSatisfy(request -> {
            assertThat(request.summary().status().isOpen()).isTrue();
            assertThat(request.contactName()).isNotBlank();
        });
        assertThat(payments.unidentified()).extracting(BuyBackPayment::bankEntryId).doesNotContain(credit.entryId());
    }

    @Test
    void aRequestTypedByTheAffiliateStartsNeitherClock() {
        BuyBack asked = asked("1500");
        signInAs(AFFILIATE);
        // the types the portal files itself are not offered, and refused if forced
        assertThat(serviceRequests.typesForMe()).extracting(type -> type.code())
                .doesNotContain("AFFILIATE_BUYBACK", BuyBackIdentification.STATEMENT_TYPE);
        for (String type : List.of("AFFILIATE_BUYBACK", BuyBackIdentification.STATEMENT_TYPE)) {
            assertThatThrownBy(() -> serviceRequests.file(new NewRequest(type, Channel.WEB, "fr", "Mon rachat",
                    "J'ai payé mon rachat " + asked.paymentReference(), null, null, null)))
                    .isInstanceOf(Refusal.class).extracting("key").isEqualTo("request.error.filedBySystem");
        }
        // what they may type is a question: it starts its own clock, not the buy-back's
        String question = serviceRequests.file(new NewRequest("AFFILIATE_INFORMATION", Channel.WEB, "fr",
                "Mon rachat", "J'ai payé mon rachat " + asked.paymentReference() + ", quand aurai-je mes points ?",
                null, null, null)).reference();
        clock.advance(Duration.ofDays(10));

        paidNow(asked, "1500");

        BuyBack paid = mine(asked);
        signInAs(AGENT);
        assertThat(paid.requestReference()).isNotEqualTo(question);
        assertThat(desk.detail(paid.requestReference()).summary().receivedAt()).as("from the identification")
                .isEqualTo(clock.instant());
        assertThat(desk.detail(question).summary().receivedAt()).isBefore(clock.instant().minus(Duration.ofDays(9)));
    }

    @Test
    void creditingThePaymentAnswersBothRequestsAndTheirFiguresCannotBeMovedAfterwards() {
        BuyBack asked = asked("30000");
        IncomingCredit credit = paidNow(asked, "30000");
        BuyBack paid = mine(asked);
        signInAs(AGENT);
        RequestDetail creditBefore = desk.detail(paid.requestReference());
        RequestDetail statementBefore = desk.detail(paid.statementRequestReference());

        // the credit screen takes the identified payment as it is, nothing to type
        open("backoffice/buy-back/" + paid.requestReference());
        BigDecimalField amount = $(BigDecimalField.class).withClassName("buy-back-amount").first();
        TextField reference = $(TextField.class).withClassName("buy-back-bank-reference").first();
        assertThat(amount.getValue()).isEqualByComparingTo("30000");
        assertThat(amount.isReadOnly()).isTrue();
        assertThat(reference.getValue()).isEqualTo(credit.entryId());
        assertThat(reference.isReadOnly()).isTrue();
        assertThatThrownBy(() -> credits.credit(paid.requestReference(), new BigDecimal("30000"), "VIR-2026-777777"))
                .isInstanceOf(Refusal.class).extracting("key").isEqualTo("buyback.error.notThePayment");
        clock.advance(Duration.ofDays(2));
        test($(Button.class).withClassName("credit-buy-back").first()).click();

        assertThat(dsl.fetchCount(GRANTED_POINTS, GRANTED_POINTS.REFERENCE.eq(paid.requestReference()),
                GRANTED_POINTS.BANK_REFERENCE.eq(credit.entryId()))).isEqualTo(1);
        RequestDetail creditAfter = desk.detail(paid.requestReference());
        RequestDetail statementAfter = desk.detail(paid.statementRequestReference());
        assertThat(creditAfter.summary().status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(statementAfter.summary().status()).isEqualTo(RequestStatus.CLOSED);
        // the bank repeating its notice, a reopening: the clocks' starts and commitments stay where they were
        assertThat(incomingCredits.receive(credit)).isFalse();
        assertThat(incomingCredits.deliverPending()).isZero();
        desk.reopen(paid.statementRequestReference(), "L'affilié demande le détail.");
        for (var pair : List.of(List.of(creditBefore, creditAfter),
                List.of(statementBefore, desk.detail(paid.statementRequestReference())))) {
            assertThat(pair.get(1).summary().receivedAt()).isEqualTo(pair.get(0).summary().receivedAt());
            assertThat(pair.get(1).committedDueDate()).isEqualTo(pair.get(0).committedDueDate());
        }
        signInAs(AFFILIATE);
        assertThat(mine(asked).status()).isEqualTo(BuyBack.Status.CREDITED);
        assertThat(dsl.fetchCount(SERVICE_REQUEST, SERVICE_REQUEST.REFERENCE.in(paid.requestReference(),
                paid.statementRequestReference()))).as("filed once").isEqualTo(2);
    }

    @Test
    void anUnknownReferenceOrAnotherAmountWaitsForAnAgentWhoseIdentificationStartsTheCreditsClock() {
        BuyBack asked = asked("2000");
        LocalDate valueDate = lastBusinessDayBeforeToday();
        IncomingCredit noReference = bank.receiveCredit("Virement Alami", new BigDecimal("2000"), valueDate, "Alami");
        // the right reference, another amount: it cannot pay this buy-back on its own
        IncomingCredit otherAmount = bank.receiveCredit(asked.paymentReference(), new BigDecimal("2500"), valueDate, null);
        // a key that does not add up is nobody's reference
        String mistyped = asked.paymentReference().substring(0, 10)
                + (asked.paymentReference().endsWith("00") ? "01" : "00");
        IncomingCredit wrongKey = bank.receiveCredit(mistyped, new BigDecimal("2000"), valueDate, null);
        incomingCredits.deliverPending();
        signInAs(AFFILIATE);
        assertThat(mine(asked).status()).isEqualTo(BuyBack.Status.AWAITING_PAYMENT);

        signInAs(AGENT);
        BuyBackPayment waiting = unidentified(noReference);
        assertThat(payments.unidentified()).extracting(BuyBackPayment::bankEntryId)
                .contains(otherAmount.entryId(), wrongKey.entryId());
        assertRefused(() -> payments.identify(waiting.id(), "RA0000000000"), "buyback.error.unknownReference");
        assertRefused(() -> payments.identify(waiting.id(), mistyped), "buyback.error.unknownReference");
        assertRefused(() -> payments.identify(unidentified(otherAmount).id(), asked.paymentReference()),
                "buyback.error.amountMismatch");
        assertRefused(() -> payments.identify(Long.MAX_VALUE, asked.paymentReference()), "buyback.error.unknownPayment");

        clock.advance(Duration.ofDays(3));
        BuyBackPayment identified = payments.identify(waiting.id(), " " + asked.paymentReference().toLowerCase());

        assertThat(identified.buyBackReference()).isEqualTo(asked.paymentReference());
        assertThat(identified.identifiedBy()).isEqualTo(AGENT);
        BuyBack paid = mine(asked);
        signInAs(AGENT);
        assertThat(desk.detail(paid.requestReference()).summary().receivedAt()).as("n°4 from the identification by hand")
                .isEqualTo(clock.instant());
        assertThat(desk.detail(paid.statementRequestReference()).summary().receivedAt()).as("n°3 from the value date")
                .isEqualTo(valueDate.atStartOfDay(BusinessCalendar.ZONE).toInstant());
        // once: the same payment again, another payment for the paid buy-back
        assertRefused(() -> payments.identify(waiting.id(), asked.paymentReference()), "buyback.error.alreadyIdentified");
        assertRefused(() -> payments.identify(unidentified(wrongKey).id(), asked.paymentReference()),
                "buyback.error.alreadyPaid");
        signInAs(AFFILIATE);
        assertThatThrownBy(() -> payments.unidentified())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theStaffIdentifyAPaymentOnTheirPageAndTellTheSandboxOfMoneyReceivedOnItsPage() {
        BuyBack asked = asked("3000");
        signInAs(SUPERVISOR);
        open("backoffice/bank");
        $(TextField.class).id("credit-reference").setValue("sans référence");
        $(BigDecimalField.class).id("credit-amount").setValue(new BigDecimal("3000"));
        $(TextField.class).id("credit-payer").setValue("Mme Alaoui");
        test($(Button.class).id("receive-credit")).click();
        IncomingCredit received = incomingCredits.latest(1).getFirst();
        assertThat(received.reference()).isEqualTo("sans référence");

        signInAs(AGENT);
        open("backoffice/buy-back-payments");
        var card = $(ma.cimr.teleservices.shared.ui.PageSection.class).withClassName("unidentified-payment").all().stream()
                .filter(section -> section.getElement().getTextRecursively().contains(received.entryId()))
                .findFirst().orElseThrow();
        $(TextField.class, card).withClassName("identify-reference").first().setValue(asked.paymentReference());
        test($(Button.class, card).withClassName("identify-payment").first()).click();

        assertThat(payments.unidentified()).extracting(BuyBackPayment::bankEntryId).doesNotContain(received.entryId());
        signInAs(AFFILIATE);
        open("affiliate/buy-backs");
        assertThat(mine(asked).status()).isEqualTo(BuyBack.Status.PAYMENT_IDENTIFIED);
        assertThat($(ma.cimr.teleservices.shared.ui.PageSection.class).withClassName("buy-back").all())
                .anySatisfy(section -> assertThat(section.getElement().getTextRecursively())
                        .contains(asked.paymentReference(), mine(asked).requestReference()));
    }

    /** The README's walk-through on the demo's rows: the transfer without a reference, the buy-back it pays. */
    @Test
    void theDemosTransferWithoutAReferenceIsIdentifiedWithTheDemoBuyBackAndCredited() {
        signInAs(AFFILIATE);
        BuyBack demo = buyBacks.mine().stream().filter(b -> b.status() == BuyBack.Status.AWAITING_PAYMENT)
                .filter(b -> b.amount().compareTo(new BigDecimal("5000")) == 0).findFirst().orElseThrow();
        signInAs(AGENT);
        BuyBackPayment transfer = payments.unidentified().stream()
                .filter(p -> p.reference().equals("VIREMENT RACHAT POINTS MATRICULE 10000001")).findFirst().orElseThrow();
        assertThat(transfer.amount()).isEqualByComparingTo("5000");

        payments.identify(transfer.id(), demo.paymentReference());
        String request = mine(demo).requestReference();
        signInAs(AGENT);
        assertThat(credits.credit(request, transfer.amount(), transfer.bankEntryId())).isPresent();

        assertThat(mine(demo).status()).isEqualTo(BuyBack.Status.CREDITED);
    }

    private BuyBack asked(String amount) {
        signInAs(AFFILIATE);
        return buyBacks.ask(new BigDecimal(amount), PortalI18NProvider.FRENCH);
    }

    /** The money arrives quoting the reference, valued on the last business day, and is delivered. */
    private IncomingCredit paidNow(BuyBack buyBack, String amount) {
        IncomingCredit credit = bank.receiveCredit(buyBack.paymentReference(), new BigDecimal(amount),
                lastBusinessDayBeforeToday(), null);
        incomingCredits.deliverPending();
        return credit;
    }

    private BuyBack mine(BuyBack asked) {
        signInAs(AFFILIATE);
        return buyBacks.mine().stream().filter(b -> b.id() == asked.id()).findFirst().orElseThrow();
    }

    private BuyBackPayment unidentified(IncomingCredit credit) {
        return payments.unidentified().stream().filter(p -> p.bankEntryId().equals(credit.entryId())).findFirst()
                .orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
    }

    private LocalDate lastBusinessDayBeforeToday() {
        LocalDate day = today().minusDays(1);
        while (!holidays.calendar().isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private long requestsOfTheBuyBackTypes() {
        return dsl.fetchCount(SERVICE_REQUEST,
                SERVICE_REQUEST.TYPE_CODE.in("AFFILIATE_BUYBACK", BuyBackIdentification.STATEMENT_TYPE));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String key) {
        assertThatThrownBy(action).isInstanceOf(Refusal.class).extracting("key").isEqualTo(key);
    }
}
