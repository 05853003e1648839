package ma.cimr.teleservices.request;

import ma.cimr.teleservices.shared.BusinessCalendar;

import java.time.LocalDate;

/** On track, at risk (less than a quarter of the time left), or late. */
public enum TrafficLight {
    ON_TRACK, AT_RISK, LATE;

    public static TrafficLight of(LocalDate receivedOn, LocalDate dueDate, LocalDate today, BusinessCalendar calendar) {
        if (today.isAfter(dueDate)) {
            return LATE;
        }
        int total = Math.max(1, calendar.businessDaysBetween(receivedOn, dueDate));
        int left = calendar.businessDaysBetween(today, dueDate);
        return left * 4 < total ? AT_RISK : ON_TRACK;
    }
}
