package ma.cimr.teleservices.request;

import ma.cimr.teleservices.shared.BusinessCalendar;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * How a charter commitment turns the day a request was received into the day it is due.
 *
 * @param businessDays for {@link Kind#BUSINESS_DAYS}
 * @param day          the day of the month of the rule ("before the 15th", "on 5 January")
 * @param month        the month of an {@link Kind#ANNUAL_DATE}
 */
public record DeadlineRule(Kind kind, @Nullable Integer businessDays, @Nullable Integer day, @Nullable Integer month) {

    public enum Kind {
        /** "within N business days" */
        BUSINESS_DAYS,
        /** "on the first day of each month": the next first of the month */
        FIRST_OF_NEXT_MONTH,
        /** "asked before the Nth, applied on the next payment (first of next month)"; later, a month more */
        NEXT_MONTH_IF_BEFORE_DAY,
        /** "at the latest on 5 January each year" */
        ANNUAL_DATE
    }

    public DeadlineRule {
        switch (kind) {
            case BUSINESS_DAYS -> require(businessDays != null && businessDays > 0, "business days");
            case NEXT_MONTH_IF_BEFORE_DAY -> require(day != null, "day of month");
            case ANNUAL_DATE -> require(day != null && month != null, "day and month");
            case FIRST_OF_NEXT_MONTH -> { }
        }
    }

    /** A number the constructor required for this kind of rule. */
    private int checked(@Nullable Integer number) {
        if (number == null) {
            throw new IllegalStateException(kind + " rule without its number: the constructor requires it");
        }
        return number;
    }

    public static DeadlineRule businessDays(int days) {
        return new DeadlineRule(Kind.BUSINESS_DAYS, days, null, null);
    }

    public LocalDate dueDate(LocalDate receivedOn, BusinessCalendar calendar) {
        return switch (kind) {
            case BUSINESS_DAYS -> calendar.plusBusinessDays(receivedOn, checked(businessDays));
            case FIRST_OF_NEXT_MONTH -> receivedOn.withDayOfMonth(1).plusMonths(1);
            case NEXT_MONTH_IF_BEFORE_DAY ->
                    receivedOn.withDayOfMonth(1).plusMonths(receivedOn.getDayOfMonth() < checked(day) ? 1 : 2);
            case ANNUAL_DATE -> {
                LocalDate thisYear = MonthDay.of(checked(month), checked(day)).atYear(receivedOn.getYear());
                yield receivedOn.isAfter(thisYear) ? thisYear.plusYears(1) : thisYear;
            }
        };
    }

    /** Counted in business days, a pause moves the due date; calendar rules stay put. */
    public boolean movesWithPauses() {
        return kind == Kind.BUSINESS_DAYS;
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("deadline rule without its " + what);
        }
    }
}
