package ma.cimr.teleservices.request;

import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.request.repository.ServiceRequestRepository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The clock of a paused request starting again, whoever started it: staff who received what was
 * missing on paper ({@link RequestDesk#resume}), or the feature through which the requester sent
 * it ({@link ServiceRequests#resumeThroughFeature}), on the day it came, so a pause never lasts
 * longer than the fund really waited. One place moves the due dates, so both measure alike (DD023).
 */
@Component
class ClockResumption {

    private final ServiceRequestRepository requests;
    private final RequestTypes types;
    private final RequestReader reader;
    private final HolidayService holidays;
    private final Clock clock;

    ClockResumption(ServiceRequestRepository requests, RequestTypes types, RequestReader reader,
                    HolidayService holidays, Clock clock) {
        this.requests = requests;
        this.types = types;
        this.reader = reader;
        this.holidays = holidays;
        this.clock = clock;
    }

    /** The request must be locked by the caller and paused; returns its new due date. */
    LocalDate resume(ServiceRequest request, String actor) {
        if (request.pausedOn() == null) {
            throw new ma.cimr.teleservices.shared.Refusal("request.error.notWaiting");
        }
        RequestType type = types.get(request.typeCode());
        LocalDate due = DueDates.afterPause(type, request.dueDate(), request.pausedOn(), reader.today(),
                holidays.calendar());
        // the charter's clock stops too, but only until the first answer: after it, a pause (of a
        // reopened request) must not turn a late answer into one in time (DD023)
        LocalDate committed = request.answeredAt() != null ? request.committedDueDate()
                : DueDates.afterPause(type, request.committedDueDate(), request.pausedOn(), reader.today(),
                holidays.calendar());
        requests.resume(request.id(), request.assigneeAccountId() == null ? RequestStatus.ACKNOWLEDGED
                : RequestStatus.ASSIGNED, due, committed);
        requests.addEvent(request.id(), clock.instant(), EventKind.RESUMED, actor, null, due);
        return due;
    }
}
