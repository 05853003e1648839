package ma.cimr.teleservices.pensionrun;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.account.AccountService;
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
 * The run pays the amount of the latest event (DD046): a revision recorded after a pension's July
 * revaluation is paid by the next run at the revised amount, and a July revaluation after a revision
 * applies the year's rate to the revised amount. Before DD046 the first was refused.
 */
@PortalTest
class RevisionAndRevaluationTest {

    private static final YearMonth JULY = YearMonth.of(2033, 7);
    private static final String RIB = "011780000000000000999929";

    @Autowired
    PensionRuns pensionRuns;
    @Autowired
    RevisionDesk revisions;
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
        dsl.execute("insert into pension_revaluation (applies_from, rate) values (2033, 2.00)");
    }

    @AfterEach
    void putTheDemoBack() {
        dsl.execute("delete from pension_revision where retiree_id in (select id from retiree where pension_file_number like 'DP99%')");
        fixture.restore();
        SignedIn.out();
    }

    @Test
    void aRevisionRecordedAfterTheJulyRevaluationIsPaidAtTheRevisedAmountByTheNextRun() {
        long retiree = fixture.newRetiree("DP9904601", "BANK_TRANSFER", RIB, "3000.00", LocalDate.of(2033, 1, 1));
        fixture.onTheFirst(JULY);
        pensionRuns.runDue();
        assertThat(gross(retiree, JULY)).isEqualByComparingTo("3060.00");

        fixture.at(LocalDate.of(2033, 7, 15), LocalTime.of(10, 0));
        SignedIn.as(accounts, DemoLogins.AGENT);
        assertThat(revisions.pension("DP9904601").orElseThrow().currentAmount()).isEqualByComparingTo("3060.00");
        revisions.record(new NewRevision("DP9904601", PensionRevision.Motive.POINTS_CORRECTION, new BigDecimal("3400.00"), null));
        SignedIn.out();

        fixture.onTheFirst(JULY.plusMonths(1));
        pensionRuns.runDue();
        assertThat(gross(retiree, JULY.plusMonths(1))).isEqualByComparingTo("3400.00");
        assertThat(dsl.fetchValue("select amount_before from pension_revision where retiree_id = ?", retiree))
                .isEqualTo(new BigDecimal("3060.00"));
        // and the month after, still the revision: a revaluation of an earlier date does not come back
        fixture.onTheFirst(JULY.plusMonths(2));
        pensionRuns.runDue();
        assertThat(gross(retiree, JULY.plusMonths(2))).isEqualByComparingTo("3400.00");
    }

    @Test
    void aJulyRevaluationAfterARevisionAppliesTheYearsRateToTheRevisedAmount() {
        long retiree = fixture.newRetiree("DP9904602", "BANK_TRANSFER", RIB, "3000.00", LocalDate.of(2033, 1, 1));
        long untouched = fixture.newRetiree("DP9904603", "BANK_TRANSFER", RIB, "3000.00", LocalDate.of(2033, 1, 1));
        fixture.onTheFirst(JULY.minusMonths(1));
        pensionRuns.runDue();

        fixture.at(LocalDate.of(2033, 6, 10), LocalTime.of(10, 0));
        SignedIn.as(accounts, DemoLogins.AGENT);
        revisions.record(new NewRevision("DP9904602", PensionRevision.Motive.POINTS_CORRECTION, new BigDecimal("3200.00"), null));
        SignedIn.out();

        fixture.onTheFirst(JULY);
        pensionRuns.runDue();
        assertThat(gross(retiree, JULY.minusMonths(1))).isEqualByComparingTo("3000.00");
        assertThat(gross(retiree, JULY)).isEqualByComparingTo("3264.00");
        assertThat(gross(untouched, JULY)).isEqualByComparingTo("3060.00");
        assertThat(dsl.fetchValue("select amount_before from pension_revaluation_applied where retiree_id = ?", retiree))
                .isEqualTo(new BigDecimal("3200.00"));
        fixture.onTheFirst(JULY.plusMonths(1));
        pensionRuns.runDue();
        assertThat(gross(retiree, JULY.plusMonths(1))).isEqualByComparingTo("3264.00");
    }

    private BigDecimal gross(long retireeId, YearMonth month) {
        return dsl.fetchOne("select gross_amount from pension_payment where retiree_id = ? and due_period = ?",
                retireeId, month.atDay(1)).get(0, BigDecimal.class);
    }
}
