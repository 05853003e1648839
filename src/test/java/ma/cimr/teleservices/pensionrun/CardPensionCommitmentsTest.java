package ma.cimr.teleservices.pensionrun;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.request.CharterDashboard;
import ma.cimr.teleservices.request.CommitmentFigures;
import ma.cimr.teleservices.request.Population;
import ma.cimr.teleservices.shared.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The charter's n°1 and n°2 measured from their own events: a month is kept when its run's last
 * file left on its 1st, a first RAHATI pension when its catch-up left within 4 business days of the
 * card's activation. The activation is set once, and the run that follows does not pay the card
 * again.
 */
@PortalTest
class CardPensionCommitmentsTest {

    @Autowired
    PensionRuns pensionRuns;
    @Autowired
    CardActivations cards;
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
        fixture.restore();
        SignedIn.out();
    }

    @Test
    void aMonthPaidOnItsFirstIsKeptAndOnePaidOnTheSecondIsNot() {
        fixture.onTheFirst(YearMonth.of(2031, 9));
        pensionRuns.runDue();
        fixture.at(LocalDate.of(2031, 10, 2), LocalTime.of(9, 0));
        pensionRuns.runDue();

        CommitmentFigures first = figure(1, LocalDate.of(2031, 9, 1), LocalDate.of(2031, 10, 31));
        assertThat(first.requests()).isEqualTo(2);
        assertThat(first.answered()).isEqualTo(2);
        assertThat(first.answeredInTime()).isEqualTo(1);
        // nothing the staff do afterwards moves it: the run is completed and stays so
        fixture.at(LocalDate.of(2031, 10, 3), LocalTime.NOON);
        SignedIn.as(accounts, DemoLogins.SUPERVISOR);
        pensionRuns.start(YearMonth.of(2031, 10));
        assertThat(figure(1, LocalDate.of(2031, 9, 1), LocalDate.of(2031, 10, 31)).answeredInTime()).isEqualTo(1);
    }

    @Test
    void aFirstCardPensionLeavesByCatchUpWithinFourBusinessDaysAndTheNextRunDoesNotPayItAgain() {
        fixture.at(LocalDate.of(2031, 6, 10), LocalTime.of(9, 0));
        long retiree = fixture.newCardRetiree("DP9900011", LocalDate.of(2031, 5, 1));
        SignedIn.as(accounts, DemoLogins.AGENT);

        cards.activate("DP9900011", LocalDate.of(2031, 6, 9));
        assertThatThrownBy(() -> cards.activate("DP9900011", LocalDate.of(2031, 6, 10)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.key()).isEqualTo("pensionrun.card.error.already"));
        assertThatThrownBy(() -> cards.activate("DP0000001", LocalDate.of(2031, 6, 9)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.key()).isEqualTo("pensionrun.card.error.notCard"));
        // the staff page sends the catch-up at once; the job would on its next look
        assertThat(cards.payCatchUps()).isEqualTo(1);

        assertThat(((Number) dsl.fetchValue("select count(*) from pension_payment where retiree_id = ? "
                + "and catch_up_id is not null", retiree)).intValue()).isEqualTo(2);
        fixture.at(LocalDate.of(2031, 6, 11), LocalTime.of(9, 0));
        pensionRuns.runDue();
        assertThat(((Number) dsl.fetchValue("select count(*) from pension_payment where retiree_id = ?", retiree))
                .intValue()).as("June's run does not pay the card again").isEqualTo(2);
        fixture.onTheFirst(YearMonth.of(2031, 7));
        pensionRuns.runDue();
        assertThat(((Number) dsl.fetchValue("select count(*) from pension_payment where retiree_id = ?", retiree))
                .intValue()).isEqualTo(3);

        CommitmentFigures second = figure(2, LocalDate.of(2031, 6, 1), LocalDate.of(2031, 6, 30));
        assertThat(second.requests()).isEqualTo(1);
        assertThat(second.answeredInTime()).isEqualTo(1);
        assertThat(second.medianBusinessDays()).isEqualTo(1.0);
    }

    private CommitmentFigures figure(int number, LocalDate from, LocalDate to) {
        return dashboard.figures(from, to).stream()
                .filter(f -> f.commitment().population() == Population.RETIREE && f.commitment().number() == number)
                .findFirst().orElseThrow();
    }
}
