package ma.cimr.teleservices.companyaccount;

import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.approval.Approvals;
import ma.cimr.teleservices.companyaccount.AccountEntry.Kind;
import ma.cimr.teleservices.request.CharterDashboard;
import ma.cimr.teleservices.request.CommitmentFigures;
import ma.cimr.teleservices.request.Population;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.ATLAS_DECLARATION;
import static ma.cimr.teleservices.DemoLogins.SECOND_AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The compte adhérent on crafted declarations and payments of Fès Textiles (100891), whose demo
 * data has none in 2025: declared, surcharged, paid, balance and running balance per period; a
 * cancelled declaration leaves, a recall counts once processed; a bank reference is recorded once;
 * a large payment waits for a second agent; the charter's n°5 is measured from the bank's date.
 * The clock stands on Wednesday 18 June 2025 and a 2 % rate due on the 15th is in force.
 */
@Transactional
class CompanyAccountTest extends PortalBrowserlessTest {

    static final String FES = "100891";
    static final String FES_ACCOUNT = "fes.compte";

    @Autowired
    CompanyAccountService accounts;
    @Autowired
    CompanyPayments payments;
    @Autowired
    Approvals approvals;
    @Autowired
    CharterDashboard dashboard;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestClock clock;

    private Instant saved;

    @BeforeEach
    void standOnAWednesdayInJune2025() {
        saved = clock.instant();
        clock.set(Instant.parse("2025-06-18T10:00:00Z"));
        dsl.execute("insert into late_payment_rate values ('2024-12-01', 2.00, 15, 'admin2', now())");
    }

    @AfterEach
    void restoreTheClock() {
        clock.set(saved);
    }

    @Test
    void eachPeriodShowsWhatCountsWhatWasPaidTheSurchargesAndTheRunningBalance() {
        declare("CAD", "2025-01-01", "ORIGINAL", "PROCESSED", "2025-02-03", "2025-02-12", null, "400.00", "600.00");
        declare("EMP", "2025-01-01", "ORIGINAL", "CANCELLED", "2025-02-03", null, "2025-02-10", "200.00", "300.00");
        declare("CAD", "2025-01-01", "RECALL", "PROCESSED", "2025-02-20", "2025-03-01", null, "80.00", "120.00");
        // a recall still waiting for staff does not count yet
        declare("EMP", "2025-01-01", "RECALL", "FILED", "2025-03-02", null, null, "100.00", "200.00");
        declare("CAD", "2025-02-01", "ORIGINAL", "FILED", "2025-03-05", null, null, "320.00", "480.00");
        signInAs(AGENT);
        record("VIR-T1-0001", "700.00", "2025-02-14", "2025-01", "700.00");
        record("VIR-T1-0002", "1300.00", "2025-03-20", "2025-01", "500.00", "2025-02", "800.00");

        AccountSituation account = accounts.accountOf(FES);
        AccountPeriod january = period(account, "2025-01");
        AccountPeriod february = period(account, "2025-02");

        // 1000 + 500 filed - 500 cancelled + 200 recalled; 700 paid by the 15th, the rest on 20 March
        assertThat(january.declared()).isEqualByComparingTo("1200.00");
        assertThat(january.dueDate()).isEqualTo(LocalDate.of(2025, 2, 15));
        assertThat(january.paid()).isEqualByComparingTo("1200.00");
        // two months started with 500 unpaid: 2 × 2 % × 500
        assertThat(january.surcharges()).isEqualByComparingTo("20.00");
        assertThat(january.due()).isEqualByComparingTo("1220.00");
        assertThat(january.balance()).isEqualByComparingTo("20.00");
        assertThat(january.entries()).extracting(AccountEntry::kind).containsExactly(
                Kind.DECLARATION_FILED, Kind.DECLARATION_FILED, Kind.DECLARATION_CANCELLED, Kind.PAYMENT_RECEIVED,
                Kind.SURCHARGE, Kind.RECALL_ACCEPTED, Kind.SURCHARGE, Kind.PAYMENT_RECEIVED);
        assertThat(january.entries()).extracting(AccountEntry::date).isSorted();
        assertThat(january.entries().get(3).detail()).isEqualTo("VIR-T1-0001");

        assertThat(february.declared()).isEqualByComparingTo("800.00");
        assertThat(february.surcharges()).isEqualByComparingTo("16.00");
        assertThat(february.balance()).isEqualByComparingTo("16.00");
        assertThat(february.runningBalance().subtract(january.runningBalance())).isEqualByComparingTo("16.00");
        assertThat(account.periods()).extracting(AccountPeriod::period).isSorted();
    }

    @Test
    void theCompanyAccountUserReadsTheSameAccountAsStaffAndTheTransferOrderAsksForTheOpenPeriods() {
        declare("CAD", "2025-03-01", "ORIGINAL", "FILED", "2025-04-02", null, null, "100.00", "150.00");
        declare("CAD", "2025-04-01", "ORIGINAL", "FILED", "2025-05-02", null, null, "100.00", "100.00");
        signInAs(AGENT);
        record("VIR-T2-0001", "250.00", "2025-04-10", "2025-03", "250.00");
        AccountSituation seenByStaff = accounts.accountOf(FES);

        signInAs(FES_ACCOUNT);
        AccountSituation mine = accounts.myAccount();
        TransferOrder order = accounts.myTransferOrder();

        assertThat(mine).isEqualTo(seenByStaff);
        assertThat(period(mine, "2025-03").balance()).isZero();
        // April: 200 due on 15 May, unpaid: two months started by 18 June, 4.00 each
        assertThat(period(mine, "2025-04").balance()).isEqualByComparingTo("208.00");
        assertThat(order.periods()).extracting(p -> p.period().toString()).contains("2025-04").doesNotContain("2025-03");
        assertThat(order.reference()).startsWith("ADH" + FES + "-").endsWith("2025-04");
        assertThat(order.total()).isEqualByComparingTo(mine.openBalance());
    }

    @Test
    void aRateChangeNeverRepricesAPeriodDueBeforeIt() {
        declare("CAD", "2025-01-01", "ORIGINAL", "FILED", "2025-02-03", null, null, "400.00", "600.00");
        dsl.execute("insert into late_payment_rate values ('2025-03-01', 5.00, 10, 'admin2', now())");
        signInAs(AGENT);

        AccountPeriod january = period(accounts.accountOf(FES), "2025-01");

        // due on 15 February at 2 %: five months started by 18 June, on 1000 unpaid
        assertThat(january.dueDate()).isEqualTo(LocalDate.of(2025, 2, 15));
        assertThat(january.surcharges()).isEqualByComparingTo("100.00");
    }

    @Test
    void theSameBankReferenceIsRecordedOnceWhateverItsCase() {
        signInAs(AGENT);
        record("VIR-T3-0001", "100.00", "2025-06-02", "2025-05", "100.00");

        assertThatThrownBy(() -> record("vir-t3-0001", "100.00", "2025-06-02", "2025-05", "100.00"))
                .isInstanceOf(Refusal.class).extracting("key").isEqualTo("companyaccount.error.bankReferenceUsed");
        assertThat(period(accounts.accountOf(FES), "2025-05").paid()).isEqualByComparingTo("100.00");
    }

    @Test
    void aPaymentWhosePeriodsDoNotAddUpToItsAmountOrWithAFutureDateIsRefused() {
        signInAs(AGENT);

        assertThatThrownBy(() -> record("VIR-T4-0001", "300.00", "2025-06-02", "2025-05", "200.00"))
                .isInstanceOf(Refusal.class).extracting("key").isEqualTo("companyaccount.error.allocation");
        assertThatThrownBy(() -> record("VIR-T4-0002", "300.00", "2025-06-19", "2025-05", "300.00"))
                .isInstanceOf(Refusal.class).extracting("key").isEqualTo("companyaccount.error.valueDate");
        assertThatThrownBy(() -> record("VIR-T4-0003", "300.00", "2025-06-02", "2025-07", "300.00"))
                .isInstanceOf(Refusal.class).extracting("key").isEqualTo("companyaccount.error.periods");
        assertThatThrownBy(() -> payments.record(new NewPayment("999999", new BigDecimal("1.00"), "VIR-T4-0004",
                LocalDate.of(2025, 6, 2), List.of(new PaymentAllocation(DuePeriod.parse("2025-05"), BigDecimal.ONE)))))
                .isInstanceOf(Refusal.class).extracting("key").isEqualTo("companyaccount.error.unknownCompany");
    }

    @Test
    void aPaymentAboveTheThresholdEntersTheAccountOnlyWhenASecondAgentApprovesIt() {
        signInAs(AGENT);
        BigDecimal large = payments.approvalThreshold().add(new BigDecimal("0.01"));
        var proposed = payments.record(new NewPayment(FES, large, "VIR-T5-0001", LocalDate.of(2025, 6, 2),
                List.of(new PaymentAllocation(DuePeriod.parse("2025-05"), large))));

        assertThat(proposed).isEmpty();
        assertThat(accounts.accountOf(FES).periods()).noneMatch(p -> p.period().toString().equals("2025-05"));
        var approval = approvals.pendingOn("company-payment VIR-T5-0001").orElseThrow();
        assertThatThrownBy(() -> approvals.approve(approval.id())).isInstanceOf(Refusal.class)
                .extracting("key").isEqualTo("approval.error.ownProposal");

        signInAs(SECOND_AGENT);
        approvals.approve(approval.id());

        assertThat(period(accounts.accountOf(FES), "2025-05").paid()).isEqualByComparingTo(large);
    }

    @Test
    void aPaymentRecordedFiveBusinessDaysAfterTheBanksConfirmationIsLateOnTheCharter() {
        signInAs(AGENT);
        CommitmentFigures before = accountUpdates();

        // Wednesday 11 June: due by Monday 16 June, recorded on Wednesday 18
        RecordedPayment late = record("VIR-T6-0001", "100.00", "2025-06-11", "2025-05", "100.00");
        CommitmentFigures afterLate = accountUpdates();
        // Monday 16 June: due by Thursday 19 June, recorded on Wednesday 18
        record("VIR-T6-0002", "100.00", "2025-06-16", "2025-05", "100.00");
        CommitmentFigures afterOnTime = accountUpdates();

        assertThat(late.requestReference()).isNotNull();
        assertThat(afterLate.requests() - before.requests()).isEqualTo(1);
        assertThat(afterLate.answered() - before.answered()).isEqualTo(1);
        assertThat(afterLate.answeredInTime() - before.answeredInTime()).isZero();
        assertThat(afterOnTime.answeredInTime() - afterLate.answeredInTime()).isEqualTo(1);
        assertThat(dsl.fetchValue("select received_at from service_request where reference = ?", late.requestReference()))
                .isNotNull();
    }

    @Test
    void aConfirmedEasypaiementOrderEntersTheAccountOnceWithItsClockFromTheBanksDate() {
        signInAs(FES_ACCOUNT);
        long orderer = ((Number) dsl.fetchValue("select id from user_account where login = 'fes.ordonnateur'")).longValue();
        var confirmed = new NewPayment(FES, new BigDecimal("450.00"), "EASY-0001", LocalDate.of(2025, 6, 17),
                List.of(new PaymentAllocation(DuePeriod.parse("2025-05"), new BigDecimal("450.00"))));

        RecordedPayment payment = payments.recordConfirmed(confirmed, orderer, "fes.ordonnateur");

        assertThat(payment.source()).isEqualTo(PaymentSource.EASYPAIEMENT);
        assertThat(period(accounts.myAccount(), "2025-05").paid()).isEqualByComparingTo("450.00");
        assertThat(dsl.fetchValue("select requester_account_id from service_request where reference = ?",
                payment.requestReference())).isEqualTo(orderer);
        assertThatThrownBy(() -> payments.recordConfirmed(confirmed, orderer, "fes.ordonnateur"))
                .isInstanceOf(Refusal.class).extracting("key").isEqualTo("companyaccount.error.bankReferenceUsed");
    }

    @Test
    void theDeclarationUserDoesNotReadTheAccount() {
        signInAs(ATLAS_DECLARATION);

        assertThatThrownBy(() -> accounts.myAccount()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.myStatementPdf(java.util.Locale.FRENCH)).isInstanceOf(AccessDeniedException.class);
    }

    private CommitmentFigures accountUpdates() {
        return dashboard.figures(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)).stream()
                .filter(f -> f.commitment().population() == Population.COMPANY && f.commitment().number() == 5)
                .findFirst().orElseThrow();
    }

    static AccountPeriod period(AccountSituation account, String period) {
        return account.periods().stream().filter(p -> p.period().toString().equals(period)).findFirst().orElseThrow();
    }

    private RecordedPayment record(String bankReference, String amount, String valueDate, String... periodsAndAmounts) {
        List<PaymentAllocation> parts = new java.util.ArrayList<>();
        for (int i = 0; i < periodsAndAmounts.length; i += 2) {
            parts.add(new PaymentAllocation(DuePeriod.parse(periodsAndAmounts[i]), new BigDecimal(periodsAndAmounts[i + 1])));
        }
        return payments.record(new NewPayment(FES, new BigDecimal(amount), bankReference, LocalDate.parse(valueDate), parts))
                .orElseThrow();
    }

    /** A declaration row as the declaration feature writes it, with its totals (no lines needed here). */
    private void declare(String category, String period, String kind, String status, String filedOn,
                         String processedOn, String cancelledOn, String employee, String employer) {
        dsl.execute("""
                insert into declaration (company_id, category_id, due_period, periodicity, kind, channel, status,
                    created_by, filed_by, filed_at, processed_at, cancelled_at, total_employee, total_employer)
                select c.id, k.id, ?::date, 'MONTHLY', ?, 'FORM', ?, u.id, u.id, ?::date + time '10:00',
                       ?::date + time '10:00', ?::date + time '10:00', ?::numeric, ?::numeric
                from company c
                join contribution_category k on k.company_id = c.id and k.code = ?
                join user_account u on u.login = 'fes.declaration'
                where c.adherent_number = ?""",
                period, kind, status, filedOn, processedOn, cancelledOn, employee, employer, category, FES);
    }

}
