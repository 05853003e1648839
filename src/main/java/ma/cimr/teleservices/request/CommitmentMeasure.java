package ma.cimr.teleservices.request;

import ma.cimr.teleservices.shared.BusinessCalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A commitment the charter measures from a feature's own records rather than from service
 * requests: the monthly pension run (allocataires n°1, paid on the 1st) is kept or not by the run
 * itself, a first RAHATI pension (n°2) by the first file that paid it after the card's activation.
 * The feature implements it as a bean; the dashboard and the transparency page add its events to
 * the requests filed under that commitment, if any (the demo's history) (DD037). Its figures must come from timestamps
 * written once, so nobody can move them after the fact (DD023).
 */
public interface CommitmentMeasure {

    Population population();

    int number();

    /**
     * The events of the period ({@code from} to {@code to}), each counted like a request: received,
     * answered (the thing done), in time (by the deadline fixed at the event), and the business days
     * each answered one took.
     */
    Events events(ServiceCommitment commitment, LocalDate from, LocalDate to, BusinessCalendar calendar);

    /** What a feature measured, added to the requests filed under the same commitment, if any. */
    record Events(int received, int answered, int answeredInTime, List<Integer> businessDays) {

        public static final Events NONE = new Events(0, 0, 0, List.of());
    }
}
