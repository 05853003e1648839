package ma.cimr.teleservices.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BusinessCalendarProperties {

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2031, 12, 31);

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs()
                .between(0, ChronoUnit.DAYS.between(FIRST, LAST))
                .map(FIRST::plusDays);
    }

    /**
     * Up to 300 holidays over eight years is denser than reality, on purpose: it makes runs of
     * consecutive holidays and holidays next to weekends common enough to be exercised.
     */
    @Provide
    Arbitrary<Set<LocalDate>> holidays() {
        return dates().set().ofMaxSize(300);
    }

    @Property(tries = 500)
    void resultIsABusinessDayStrictlyAfterStart(
            @ForAll("dates") LocalDate start,
            @ForAll("holidays") Set<LocalDate> holidays,
            @ForAll @IntRange(min = 1, max = 400) int n) {
        BusinessCalendar calendar = new BusinessCalendar(holidays);
        LocalDate due = calendar.plusBusinessDays(start, n);

        assertTrue(calendar.isBusinessDay(due));
        assertTrue(due.isAfter(start));
        assertFalse(holidays.contains(due));
    }

    @Property(tries = 500)
    void zeroIsTheFirstBusinessDayOnOrAfterStart(
            @ForAll("dates") LocalDate start, @ForAll("holidays") Set<LocalDate> holidays) {
        BusinessCalendar calendar = new BusinessCalendar(holidays);
        LocalDate due = calendar.plusBusinessDays(start, 0);

        assertTrue(calendar.isBusinessDay(due));
        assertFalse(due.isBefore(start));
        // No business day in [start, due): due is the first one, not merely some later one.
        assertEquals(0, calendar.businessDaysBetween(start.minusDays(1), due.minusDays(1)));
        assertEquals(due.equals(start), calendar.isBusinessDay(start));
    }

    @Property(tries = 500)
    void businessDaysBetweenInvertsPlusBusinessDays(
            @ForAll("dates") LocalDate start,
            @ForAll("holidays") Set<LocalDate> holidays,
            @ForAll @IntRange(min = 1, max = 400) int n) {
        BusinessCalendar calendar = new BusinessCalendar(holidays);

        assertEquals(n, calendar.businessDaysBetween(start, calendar.plusBusinessDays(start, n)));
    }

    @Property(tries = 500)
    void plusBusinessDaysIsMonotonicInN(
            @ForAll("dates") LocalDate start,
            @ForAll("holidays") Set<LocalDate> holidays,
            @ForAll @IntRange(min = 0, max = 300) int m,
            @ForAll @IntRange(min = 0, max = 300) int k) {
        BusinessCalendar calendar = new BusinessCalendar(holidays);
        int n = m + k;
        LocalDate earlier = calendar.plusBusinessDays(start, m);
        LocalDate later = calendar.plusBusinessDays(start, n);

        assertFalse(later.isBefore(earlier));
        if (m >= 1 && k >= 1) {
            assertTrue(later.isAfter(earlier));
        }
    }

    @Property(tries = 500)
    void businessDaysBetweenIsAntisymmetric(
            @ForAll("dates") LocalDate a,
            @ForAll("dates") LocalDate b,
            @ForAll("holidays") Set<LocalDate> holidays) {
        BusinessCalendar calendar = new BusinessCalendar(holidays);

        assertEquals(-calendar.businessDaysBetween(b, a), calendar.businessDaysBetween(a, b));
    }

    @Property(tries = 500)
    void businessDaysBetweenIsAdditive(
            @ForAll("dates") LocalDate a,
            @ForAll("dates") LocalDate b,
            @ForAll("dates") LocalDate c,
            @ForAll("holidays") Set<LocalDate> holidays) {
        BusinessCalendar calendar = new BusinessCalendar(holidays);

        assertEquals(
                calendar.businessDaysBetween(a, c),
                calendar.businessDaysBetween(a, b) + calendar.businessDaysBetween(b, c));
    }

    @Property(tries = 500)
    void addingHolidaysNeverMakesADueDateEarlier(
            @ForAll("dates") LocalDate start,
            @ForAll("holidays") Set<LocalDate> holidays,
            @ForAll("holidays") Set<LocalDate> extraHolidays,
            @ForAll @IntRange(min = 0, max = 400) int n) {
        Set<LocalDate> moreHolidays = new HashSet<>(holidays);
        moreHolidays.addAll(extraHolidays);

        LocalDate before = new BusinessCalendar(holidays).plusBusinessDays(start, n);
        LocalDate after = new BusinessCalendar(moreHolidays).plusBusinessDays(start, n);

        assertFalse(after.isBefore(before));
    }

    @Property(tries = 500)
    void anyHolidayFreeWeekHasFiveBusinessDays(
            @ForAll("dates") LocalDate dayBeforeWindow, @ForAll("holidays") Set<LocalDate> holidays) {
        LocalDate lastDayOfWindow = dayBeforeWindow.plusDays(7);
        Set<LocalDate> holidaysOutsideWindow = new HashSet<>(holidays);
        holidaysOutsideWindow.removeIf(d -> d.isAfter(dayBeforeWindow) && !d.isAfter(lastDayOfWindow));
        BusinessCalendar calendar = new BusinessCalendar(holidaysOutsideWindow);

        assertEquals(5, calendar.businessDaysBetween(dayBeforeWindow, lastDayOfWindow));
    }
}
