package ma.cimr.teleservices.request;

import ma.cimr.teleservices.shared.BusinessCalendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a request is due: from its complaint scheme for a complaint, from its charter commitment
 * otherwise; and how a pause (waiting for the requester) moves that date.
 */
public final class DueDates {

    private DueDates() {
    }

    public static LocalDate initial(RequestType type, LocalDate receivedOn, BusinessCalendar calendar) {
        ComplaintScheme scheme = type.complaintScheme();
        return scheme != null ? scheme.answerDue(receivedOn, calendar) : type.rule().dueDate(receivedOn, calendar);
    }

    /**
     * The clock stops while the fund waits for the requester: the due date moves by the time
     * paused, counted the way the deadline is counted. A calendar rule ("the next payment") does
     * not move.
     */
    public static LocalDate afterPause(RequestType type, LocalDate dueDate, LocalDate pausedOn, LocalDate resumedOn,
                                       BusinessCalendar calendar) {
        ComplaintScheme scheme = type.complaintScheme();
        boolean businessDays = scheme != null ? scheme.businessDays() : type.rule().movesWithPauses();
        if (scheme == null && !businessDays) {
            return dueDate;
        }
        if (businessDays) {
            int paused = Math.max(0, calendar.businessDaysBetween(pausedOn, resumedOn));
            return paused == 0 ? dueDate : calendar.plusBusinessDays(dueDate, paused);
        }
        return dueDate.plusDays(Math.max(0, ChronoUnit.DAYS.between(pausedOn, resumedOn)));
    }
}
