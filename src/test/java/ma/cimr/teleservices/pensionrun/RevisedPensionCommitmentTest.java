package ma.cimr.teleservices.pensionrun;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.request.CharterDashboard;
import ma.cimr.teleservices.request.CommitmentFigures;
import ma.cimr.teleservices.request.Population;
import ma.cimr.teleservices.retiree.NewRevision;
import ma.cimr.teleservices.retiree.PensionRevision;
import ma.cimr.teleservices.retiree.RevisionDesk;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Allocataires n°3 measured from its own event (DD043): a revision resting on a company's payment the
 * bank confirmed before the 20th is kept when the next month's run pays the revised amount on its
 * 1st; one recorded too late for that run is counted and not kept; one on a payment confirmed on the
 * 25th is outside the commitment. The revised amount is what the next run pays.
 */
@PortalTest
class RevisedPensionCommitmentTest {

    @Autowired
    PensionRuns pensionRuns;
    @Autowired
    RevisionDesk revisions;
    @Autowired
    CharterDashboard dashboard;
    @Autowired
    AccountService accounts;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestClock clock;

    RunFixture fixture;

    @BeforeEach
    void keepTheDemoAside() {
        fixture = new RunFixture(dsl, clock);
    }

    @AfterEach
    void putTheDemoBack() {
        dsl.execute("delete from pension_revision where retiree_id in (select id from retiree where pension_file_number like 'DP99%')");
        dsl.execute("delete from company_payment_allocation where payment_id in "
                + "(select id from company_payment where bank_reference like 'VIR-N3-%')");
        dsl.execute("delete from company_payment where bank_reference like 'VIR-N3-%'");
        fixture.restore();
        SignedIn.out();
    }

    @Test
    void aRevisionOnAPaymentConfirmedBeforeThe20thIsKeptWhenTheNextRunPaysItOnItsFirst() {
        String rib = "011780000000000000999929";
        long onTime = fixture.newRetiree("DP9903001", "BANK_TRANSFER", rib, "3000.00", LocalDate.of(2032, 1, 1));
        long tooLate = fixture.newRetiree("DP9903002", "BANK_TRANSFER", rib, "3000.00", LocalDate.of(2032, 1, 1));
        long after20th = fixture.newRetiree("DP9903003", "BANK_TRANSFER", rib, "3000.00", LocalDate.of(2032, 1, 1));
        fixture.onTheFirst(YearMonth.of(2032, 2));
        pensionRuns.runDue();

        payment(onTime, "VIR-N3-ONTIME", LocalDate.of(2032, 2, 10));
        payment(tooLate, "VIR-N3-LATE", LocalDate.of(2032, 2, 5));
        payment(after20th, "VIR-N3-AFTER20", LocalDate.of(2032, 2, 25));
        fixture.at(LocalDate.of(2032, 2, 26), LocalTime.of(10, 0));
        SignedIn.as(accounts, DemoLogins.AGENT);
        revisions.record(new NewRevision("DP9903001", PensionRevision.Motive.LATE_CONTRIBUTIONS, new BigDecimal("3200.00"),
                "VIR-N3-ONTIME"));
        revisions.record(new NewRevision("DP9903003", PensionRevision.Motive.LATE_CONTRIBUTIONS, new BigDecimal("3100.00"),
                "VIR-N3-AFTER20"));
        SignedIn.out();

        fixture.onTheFirst(YearMonth.of(2032, 3));
        pensionRuns.runDue();
        // the second company's revision is recorded only after the run that should have paid it
        fixture.at(LocalDate.of(2032, 3, 4), LocalTime.of(10, 0));
        SignedIn.as(accounts, DemoLogins.AGENT);
        revisions.record(new NewRevision("DP9903002", PensionRevision.Motive.LATE_CONTRIBUTIONS, new BigDecimal("3300.00"),
                "VIR-N3-LATE"));
        SignedIn.out();

        assertThat(gross(onTime, LocalDate.of(2032, 2, 1))).isEqualByComparingTo("3000.00");
        assertThat(gross(onTime, LocalDate.of(2032, 3, 1))).isEqualByComparingTo("3200.00");
        assertThat(gross(tooLate, LocalDate.of(2032, 3, 1))).isEqualByComparingTo("3000.00");
        CommitmentFigures third = figure(LocalDate.of(2032, 3, 1), LocalDate.of(2032, 3, 31));
        assertThat(third.requests()).isEqualTo(2);
        assertThat(third.answered()).isEqualTo(1);
        assertThat(third.answeredInTime()).isEqualTo(1);

        // the April run pays the late one: still not kept, the 1st it was due is past
        fixture.onTheFirst(YearMonth.of(2032, 4));
        pensionRuns.runDue();
        assertThat(gross(tooLate, LocalDate.of(2032, 4, 1))).isEqualByComparingTo("3300.00");
        assertThat(figure(LocalDate.of(2032, 3, 1), LocalDate.of(2032, 3, 31)).answeredInTime()).isEqualTo(1);
    }

    /** The payment and its allocation in one transaction: the compte adhérent checks the split at commit. */
    private void payment(long retireeId, String reference, LocalDate confirmedOn) {
        dsl.transaction(configuration -> paymentIn(configuration.dsl(), retireeId, reference, confirmedOn));
    }

    private static void paymentIn(DSLContext dsl, long retireeId, String reference, LocalDate confirmedOn) {
        long id = ((Number) dsl.fetchValue("""
                insert into company_payment (company_id, amount, bank_reference, value_date, source, recorded_by, recorded_at)
                select k.company_id, 500, ?, ?, 'BANK_STATEMENT', 'agent1', now()
                from retiree r join contribution k on k.affiliate_id = r.affiliate_id where r.id = ? limit 1
                returning id""", reference, confirmedOn, retireeId)).longValue();
        dsl.execute("insert into company_payment_allocation (payment_id, due_period, amount) values (?, date '2032-01-01', 500)", id);
    }

    private BigDecimal gross(long retireeId, LocalDate month) {
        return dsl.fetchOne("select gross_amount from pension_payment where retiree_id = ? and due_period = ?",
                retireeId, month).get(0, BigDecimal.class);
    }

    private CommitmentFigures figure(LocalDate from, LocalDate to) {
        return dashboard.figures(from, to).stream()
                .filter(f -> f.commitment().population() == Population.RETIREE && f.commitment().number() == 3)
                .findFirst().orElseThrow();
    }
}
