package ma.cimr.teleservices.request;

import ma.cimr.teleservices.shared.BusinessCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Due dates as the charter counts them, on Morocco's calendar of 2025–2026. */
class DueDatesTest {

    /** Part of the seeded table: Eid al-Fitr 2025, Throne Day, Green March, Independence, New Year. */
    private static final BusinessCalendar CALENDAR = new BusinessCalendar(List.of(
            LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 30),
            LocalDate.of(2025, 11, 6), LocalDate.of(2025, 11, 18), LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 14)));

    private static final ComplaintScheme CHARTER = new ComplaintScheme("CHARTER", "", "", "", 0, 4, true, false, 30);
    private static final ComplaintScheme TEN_FORTY = new ComplaintScheme("TEN_FORTY", "", "", "", 10, 40, false, true, 30);

    private static RequestType type(DeadlineRule rule, ComplaintScheme scheme) {
        return new RequestType("T", Population.AFFILIATE, 1, Team.AFFILIATES, rule, scheme, "", "", "", false, true);
    }

    @Test
    void aFridayRequestDueInTwoBusinessDaysIsDueOnTuesday() {
        var type = type(DeadlineRule.businessDays(2), null);
        assertThat(DueDates.initial(type, LocalDate.of(2025, 10, 3), CALENDAR)).isEqualTo(LocalDate.of(2025, 10, 7));
    }

    @Test
    void aComplaintSpanningEidAlFitrSkipsBothDaysOfTheFeast() {
        // Thursday 27 March 2025 (end of Ramadan) + 4 business days: Fri 28, [weekend], [Eid Mon 31, Tue 1], Wed 2, Thu 3, Fri 4
        var type = type(DeadlineRule.businessDays(4), CHARTER);
        assertThat(DueDates.initial(type, LocalDate.of(2025, 3, 27), CALENDAR)).isEqualTo(LocalDate.of(2025, 4, 4));
    }

    @Test
    void theYearEndSkipsNewYearsDay() {
        var type = type(DeadlineRule.businessDays(3), null);
        // Mon 29 Dec 2025 + 3: Tue 30, Wed 31, [Thu 1 Jan], Fri 2 Jan
        assertThat(DueDates.initial(type, LocalDate.of(2025, 12, 29), CALENDAR)).isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void theTenFortySchemeCountsCalendarDays() {
        var type = type(DeadlineRule.businessDays(4), TEN_FORTY);
        assertThat(DueDates.initial(type, LocalDate.of(2025, 11, 1), CALENDAR)).isEqualTo(LocalDate.of(2025, 12, 11));
    }

    @Test
    void aPaymentChangeAskedBeforeThe15thAppliesToTheNextPayment() {
        var rule = new DeadlineRule(DeadlineRule.Kind.NEXT_MONTH_IF_BEFORE_DAY, null, 15, null);
        var type = type(rule, null);
        assertThat(DueDates.initial(type, LocalDate.of(2025, 5, 14), CALENDAR)).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(DueDates.initial(type, LocalDate.of(2025, 5, 15), CALENDAR)).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(DueDates.initial(type, LocalDate.of(2025, 12, 20), CALENDAR)).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void taxCertificatesAreDueOnTheFifthOfJanuary() {
        var rule = new DeadlineRule(DeadlineRule.Kind.ANNUAL_DATE, null, 5, 1);
        var type = type(rule, null);
        assertThat(DueDates.initial(type, LocalDate.of(2025, 12, 10), CALENDAR)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(DueDates.initial(type, LocalDate.of(2026, 1, 5), CALENDAR)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(DueDates.initial(type, LocalDate.of(2026, 1, 6), CALENDAR)).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void aPauseMovesABusinessDayDeadlineByTheBusinessDaysPaused() {
        var type = type(DeadlineRule.businessDays(7), null);
        // due Mon 17 Nov 2025; paused Mon 3 Nov, resumed Mon 10 Nov: 5 business days paused (Green March 6 Nov is a holiday: 4)
        LocalDate due = LocalDate.of(2025, 11, 17);
        LocalDate moved = DueDates.afterPause(type, due, LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 10), CALENDAR);
        // 4 business days after Mon 17: [Tue 18 is Independence Day] Wed 19, Thu 20, Fri 21, Mon 24
        assertThat(moved).isEqualTo(LocalDate.of(2025, 11, 24));
    }

    @Test
    void aPauseMovesACalendarDayComplaintByTheDaysPaused() {
        var type = type(DeadlineRule.businessDays(4), TEN_FORTY);
        LocalDate moved = DueDates.afterPause(type, LocalDate.of(2025, 12, 11), LocalDate.of(2025, 11, 20),
                LocalDate.of(2025, 11, 27), CALENDAR);
        assertThat(moved).isEqualTo(LocalDate.of(2025, 12, 18));
    }

    @Test
    void aCalendarRuleDoesNotMoveWithAPause() {
        var rule = new DeadlineRule(DeadlineRule.Kind.NEXT_MONTH_IF_BEFORE_DAY, null, 15, null);
        var type = type(rule, null);
        LocalDate due = LocalDate.of(2025, 6, 1);
        assertThat(DueDates.afterPause(type, due, LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 20), CALENDAR)).isEqualTo(due);
    }

    @Test
    void aPauseResumedTheSameDayChangesNothing() {
        var type = type(DeadlineRule.businessDays(4), CHARTER);
        LocalDate due = LocalDate.of(2025, 10, 10);
        assertThat(DueDates.afterPause(type, due, LocalDate.of(2025, 10, 7), LocalDate.of(2025, 10, 7), CALENDAR)).isEqualTo(due);
    }

    @Test
    void theTrafficLightTurnsAmberInTheLastQuarterAndRedAfterTheDueDate() {
        LocalDate received = LocalDate.of(2025, 10, 6);   // Monday
        LocalDate due = LocalDate.of(2025, 10, 10);       // Friday: 4 business days
        assertThat(TrafficLight.of(received, due, received, CALENDAR)).isEqualTo(TrafficLight.ON_TRACK);
        assertThat(TrafficLight.of(received, due, LocalDate.of(2025, 10, 9), CALENDAR)).isEqualTo(TrafficLight.ON_TRACK);
        assertThat(TrafficLight.of(received, due, due, CALENDAR)).isEqualTo(TrafficLight.AT_RISK);
        assertThat(TrafficLight.of(received, due, due.plusDays(1), CALENDAR)).isEqualTo(TrafficLight.LATE);
    }
}
