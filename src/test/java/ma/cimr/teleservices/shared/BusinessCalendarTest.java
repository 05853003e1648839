package ma.cimr.teleservices.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final LocalDate INDEPENDENCE_DAY_2025 = LocalDate.of(2025, 11, 18); // Tuesday
    private static final LocalDate EID_AL_FITR_2025_DAY_1 = LocalDate.of(2025, 3, 31); // Monday
    private static final LocalDate EID_AL_FITR_2025_DAY_2 = LocalDate.of(2025, 4, 1); // Tuesday
    private static final LocalDate NEW_YEAR_2026 = LocalDate.of(2026, 1, 1); // Thursday
    private static final LocalDate MANIFESTO_DAY_2025 = LocalDate.of(2025, 1, 11); // Saturday

    private final BusinessCalendar calendar = new BusinessCalendar(List.of(
            INDEPENDENCE_DAY_2025,
            EID_AL_FITR_2025_DAY_1,
            EID_AL_FITR_2025_DAY_2,
            NEW_YEAR_2026,
            MANIFESTO_DAY_2025));

    private final BusinessCalendar noHolidays = new BusinessCalendar(List.of());

    @Test
    void fixturesFallOnTheExpectedWeekdays() {
        assertEquals(DayOfWeek.TUESDAY, INDEPENDENCE_DAY_2025.getDayOfWeek());
        assertEquals(DayOfWeek.MONDAY, EID_AL_FITR_2025_DAY_1.getDayOfWeek());
        assertEquals(DayOfWeek.THURSDAY, NEW_YEAR_2026.getDayOfWeek());
        assertEquals(DayOfWeek.SATURDAY, MANIFESTO_DAY_2025.getDayOfWeek());
    }

    @Nested
    class IsBusinessDay {

        @Test
        void weekdaysAreBusinessDays() {
            for (int i = 0; i < 5; i++) {
                assertTrue(noHolidays.isBusinessDay(LocalDate.of(2025, 6, 2).plusDays(i)));
            }
        }

        @Test
        void saturdayAndSundayAreNot() {
            assertFalse(noHolidays.isBusinessDay(LocalDate.of(2025, 6, 7)));
            assertFalse(noHolidays.isBusinessDay(LocalDate.of(2025, 6, 8)));
        }

        @Test
        void holidaysAreNot() {
            assertFalse(calendar.isBusinessDay(INDEPENDENCE_DAY_2025));
            assertFalse(calendar.isBusinessDay(EID_AL_FITR_2025_DAY_2));
            assertTrue(noHolidays.isBusinessDay(INDEPENDENCE_DAY_2025));
        }
    }

    @Nested
    class PlusBusinessDays {

        @Test
        void withinTheSameWeek() {
            assertEquals(LocalDate.of(2025, 6, 3), noHolidays.plusBusinessDays(LocalDate.of(2025, 6, 2), 1));
            assertEquals(LocalDate.of(2025, 6, 6), noHolidays.plusBusinessDays(LocalDate.of(2025, 6, 2), 4));
        }

        @Test
        void fridayPlusOneIsMonday() {
            assertEquals(LocalDate.of(2025, 6, 9), noHolidays.plusBusinessDays(LocalDate.of(2025, 6, 6), 1));
        }

        @Test
        void weekendStartCountsFromTheFollowingMonday() {
            assertEquals(LocalDate.of(2025, 6, 9), noHolidays.plusBusinessDays(LocalDate.of(2025, 6, 7), 1));
            assertEquals(LocalDate.of(2025, 6, 9), noHolidays.plusBusinessDays(LocalDate.of(2025, 6, 8), 1));
        }

        @Test
        void spansSeveralWeekends() {
            // Monday + 10 business days = Monday two weeks later.
            assertEquals(LocalDate.of(2025, 6, 16), noHolidays.plusBusinessDays(LocalDate.of(2025, 6, 2), 10));
        }

        @Test
        void skipsAFixedHoliday() {
            LocalDate monday = LocalDate.of(2025, 11, 17);
            assertEquals(LocalDate.of(2025, 11, 19), calendar.plusBusinessDays(monday, 1));
            LocalDate friday = LocalDate.of(2025, 11, 14);
            assertEquals(LocalDate.of(2025, 11, 17), calendar.plusBusinessDays(friday, 1));
            assertEquals(LocalDate.of(2025, 11, 19), calendar.plusBusinessDays(friday, 2));
        }

        @Test
        void skipsATwoDayEidAdjacentToAWeekend() {
            LocalDate friday = LocalDate.of(2025, 3, 28);
            assertEquals(LocalDate.of(2025, 4, 2), calendar.plusBusinessDays(friday, 1));
            assertEquals(LocalDate.of(2025, 4, 4), calendar.plusBusinessDays(friday, 3));
            assertEquals(LocalDate.of(2025, 4, 7), calendar.plusBusinessDays(friday, 4));
        }

        @Test
        void crossesTheYearEndOverANewYearHoliday() {
            assertEquals(LocalDate.of(2026, 1, 2), calendar.plusBusinessDays(LocalDate.of(2025, 12, 31), 1));
            assertEquals(LocalDate.of(2026, 1, 5), calendar.plusBusinessDays(LocalDate.of(2025, 12, 31), 2));
        }

        @Test
        void holidayOnAWeekendChangesNothing() {
            LocalDate friday = LocalDate.of(2025, 1, 10);
            assertEquals(LocalDate.of(2025, 1, 13), calendar.plusBusinessDays(friday, 1));
            assertEquals(noHolidays.plusBusinessDays(friday, 5), calendar.plusBusinessDays(friday, 5));
            assertEquals(1, calendar.businessDaysBetween(friday, LocalDate.of(2025, 1, 13)));
        }

        @Test
        void zeroOnABusinessDayIsThatDay() {
            LocalDate wednesday = LocalDate.of(2025, 6, 4);
            assertEquals(wednesday, calendar.plusBusinessDays(wednesday, 0));
        }

        @Test
        void zeroOnAWeekendIsTheNextBusinessDay() {
            assertEquals(LocalDate.of(2025, 6, 9), calendar.plusBusinessDays(LocalDate.of(2025, 6, 7), 0));
        }

        @Test
        void zeroOnAHolidayIsTheNextBusinessDay() {
            assertEquals(LocalDate.of(2025, 11, 19), calendar.plusBusinessDays(INDEPENDENCE_DAY_2025, 0));
            assertEquals(LocalDate.of(2025, 4, 2), calendar.plusBusinessDays(EID_AL_FITR_2025_DAY_1, 0));
        }

        @Test
        void negativeIsRejected() {
            LocalDate day = LocalDate.of(2025, 6, 4);
            assertThrows(IllegalArgumentException.class, () -> calendar.plusBusinessDays(day, -1));
            assertThrows(IllegalArgumentException.class, () -> calendar.plusBusinessDays(day, Integer.MIN_VALUE));
        }

        @Test
        void handlesSeveralHundredDays() {
            // 52 full weeks of 5 business days each, starting and ending on a Monday.
            LocalDate monday = LocalDate.of(2025, 6, 2);
            assertEquals(monday.plusWeeks(52), noHolidays.plusBusinessDays(monday, 260));
        }
    }

    @Nested
    class BusinessDaysBetween {

        @Test
        void sameDayIsZero() {
            assertEquals(0, calendar.businessDaysBetween(LocalDate.of(2025, 6, 4), LocalDate.of(2025, 6, 4)));
            assertEquals(0, calendar.businessDaysBetween(LocalDate.of(2025, 6, 7), LocalDate.of(2025, 6, 7)));
        }

        @Test
        void excludesStartAndIncludesEnd() {
            LocalDate friday = LocalDate.of(2025, 6, 6);
            assertEquals(0, noHolidays.businessDaysBetween(friday, LocalDate.of(2025, 6, 8)));
            assertEquals(1, noHolidays.businessDaysBetween(friday, LocalDate.of(2025, 6, 9)));
            assertEquals(1, noHolidays.businessDaysBetween(LocalDate.of(2025, 6, 5), friday));
        }

        @Test
        void fullWeekIsFive() {
            assertEquals(5, noHolidays.businessDaysBetween(LocalDate.of(2025, 6, 4), LocalDate.of(2025, 6, 11)));
        }

        @Test
        void holidaysAreNotCounted() {
            assertEquals(1, calendar.businessDaysBetween(LocalDate.of(2025, 3, 28), LocalDate.of(2025, 4, 2)));
            assertEquals(3, calendar.businessDaysBetween(LocalDate.of(2025, 11, 16), LocalDate.of(2025, 11, 20)));
        }

        @Test
        void reversedIntervalIsNegative() {
            assertEquals(-5, noHolidays.businessDaysBetween(LocalDate.of(2025, 6, 11), LocalDate.of(2025, 6, 4)));
            assertEquals(-1, calendar.businessDaysBetween(LocalDate.of(2025, 4, 2), LocalDate.of(2025, 3, 28)));
        }

        @Test
        void invertsPlusBusinessDays() {
            LocalDate start = LocalDate.of(2025, 3, 27);
            for (int n = 1; n <= 30; n++) {
                assertEquals(n, calendar.businessDaysBetween(start, calendar.plusBusinessDays(start, n)));
            }
        }
    }

    @Nested
    class DueDate {

        @Test
        void lateSundayUtcIsMondayInCasablancaOutsideRamadan() {
            Instant received = Instant.parse("2025-06-01T23:30:00Z"); // Sunday in UTC
            assertEquals(ZoneOffset.ofHours(1), BusinessCalendar.ZONE.getRules().getOffset(received));
            assertEquals(DayOfWeek.MONDAY, LocalDate.ofInstant(received, BusinessCalendar.ZONE).getDayOfWeek());

            // Received Monday 2 June locally, so one business day later is Tuesday, not Monday.
            assertEquals(LocalDate.of(2025, 6, 3), calendar.dueDate(received, 1));
            assertEquals(LocalDate.of(2025, 6, 2), calendar.dueDate(received, 0));
        }

        @Test
        void lateSundayUtcIsStillSundayInCasablancaDuringRamadan() {
            Instant received = Instant.parse("2025-03-09T23:30:00Z"); // Sunday in UTC, Ramadan 2025
            assertEquals(ZoneOffset.UTC, BusinessCalendar.ZONE.getRules().getOffset(received));

            assertEquals(LocalDate.of(2025, 3, 10), calendar.dueDate(received, 1));
        }

        @Test
        void lateThursdayUtcIsFridayInCasablanca() {
            Instant received = Instant.parse("2025-11-13T23:15:00Z");
            assertEquals(ZoneOffset.ofHours(1), BusinessCalendar.ZONE.getRules().getOffset(received));

            // Received Friday 14 November; Monday 17 is day 1, Tuesday 18 is Independence Day.
            assertEquals(LocalDate.of(2025, 11, 17), calendar.dueDate(received, 1));
            assertEquals(LocalDate.of(2025, 11, 19), calendar.dueDate(received, 2));
        }

        @Test
        void negativeBusinessDaysAreRejected() {
            assertThrows(IllegalArgumentException.class,
                    () -> calendar.dueDate(Instant.parse("2025-06-02T10:00:00Z"), -3));
        }
    }

    @Nested
    class Construction {

        @Test
        void laterChangesToTheSourceCollectionAreIgnored() {
            List<LocalDate> source = new ArrayList<>();
            BusinessCalendar snapshot = new BusinessCalendar(source);
            source.add(LocalDate.of(2025, 6, 4));

            assertTrue(snapshot.isBusinessDay(LocalDate.of(2025, 6, 4)));
        }

        @Test
        void duplicateHolidaysAreAccepted() {
            BusinessCalendar withDuplicates = new BusinessCalendar(List.of(INDEPENDENCE_DAY_2025, INDEPENDENCE_DAY_2025));
            assertFalse(withDuplicates.isBusinessDay(INDEPENDENCE_DAY_2025));
        }

        @Test
        void nullsAreRejected() {
            assertThrows(NullPointerException.class, () -> new BusinessCalendar(null));
            List<LocalDate> withNull = new ArrayList<>();
            withNull.add(null);
            assertThrows(NullPointerException.class, () -> new BusinessCalendar(withNull));
        }
    }
}
