package ma.cimr.teleservices.request;

import ma.cimr.teleservices.shared.BusinessCalendar;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Due dates over any reception day of 2024–2030 and any pause, with random holidays. */
class DueDatesProperties {

    @Property(tries = 300)
    void aBusinessDayDeadlineFallsOnABusinessDayStrictlyAfterReception(@ForAll("days") LocalDate received,
                                                                        @ForAll @IntRange(min = 1, max = 10) int days,
                                                                        @ForAll("holidays") Set<LocalDate> holidays) {
        var calendar = new BusinessCalendar(holidays);
        LocalDate due = DueDates.initial(type(DeadlineRule.businessDays(days)), received, calendar);
        assertThat(due).isAfter(received);
        assertThat(calendar.isBusinessDay(due)).isTrue();
        assertThat(calendar.businessDaysBetween(received, due)).isEqualTo(days);
    }

    @Property(tries = 300)
    void aPauseNeverBringsADueDateForwardAndGivesBackExactlyTheBusinessDaysPaused(
            @ForAll("days") LocalDate received, @ForAll @IntRange(min = 1, max = 8) int days,
            @ForAll @IntRange(min = 0, max = 20) int pauseStart, @ForAll @IntRange(min = 0, max = 30) int pauseLength,
            @ForAll("holidays") Set<LocalDate> holidays) {
        var calendar = new BusinessCalendar(holidays);
        var type = type(DeadlineRule.businessDays(days));
        LocalDate due = DueDates.initial(type, received, calendar);
        LocalDate pausedOn = received.plusDays(pauseStart);
        LocalDate resumedOn = pausedOn.plusDays(pauseLength);
        LocalDate moved = DueDates.afterPause(type, due, pausedOn, resumedOn, calendar);
        assertThat(moved).isAfterOrEqualTo(due);
        assertThat(calendar.businessDaysBetween(due, moved)).isEqualTo(calendar.businessDaysBetween(pausedOn, resumedOn));
    }

    @Property(tries = 300)
    void theNextPaymentRuleAlwaysGivesAFirstOfMonthOneOrTwoMonthsAhead(@ForAll("days") LocalDate received,
                                                                       @ForAll @IntRange(min = 2, max = 28) int day) {
        var rule = new DeadlineRule(DeadlineRule.Kind.NEXT_MONTH_IF_BEFORE_DAY, null, day, null);
        LocalDate due = DueDates.initial(type(rule), received, new BusinessCalendar(Set.of()));
        assertThat(due.getDayOfMonth()).isEqualTo(1);
        LocalDate firstOfNext = received.withDayOfMonth(1).plusMonths(1);
        assertThat(due).isEqualTo(received.getDayOfMonth() < day ? firstOfNext : firstOfNext.plusMonths(1));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Dates.dates().between(LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31));
    }

    @Provide
    Arbitrary<Set<LocalDate>> holidays() {
        return Dates.dates().between(LocalDate.of(2024, 1, 1), LocalDate.of(2031, 6, 30)).set().ofMaxSize(200);
    }

    private static RequestType type(DeadlineRule rule) {
        return new RequestType("T", Population.RETIREE, 1, Team.RETIREES, rule, null, "", "", "", false, true);
    }
}
