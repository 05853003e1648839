package ma.cimr.teleservices.request;

import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.request.repository.ServiceRequestRepository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The clock of a paused request starts again: the due date moves on by the pause. One rule,
 * whether staff resume the request on its page or the feature whose requester sent what was
 * missing resumes it (a membership application's documents), so both move the dates alike.
 */
@Component
class RequestResumption {

    private final ServiceRequestRepository requests;
    private final RequestTypes types;
    private final RequestReader reader;
    private final HolidayService holidays;
    private final Clock clock;

    RequestResumption(ServiceRequestRepository requests, RequestTypes types, RequestReader reader,
                      HolidayService holidays, Clock clock) {
        this.requests = requests;
        this.types = types;
        this.reader = reader;
        this.holidays = holidays;
        this.clock = clock;
    }

    /** The request, locked by the caller, resumes now; refused when it is not waiting. */
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
