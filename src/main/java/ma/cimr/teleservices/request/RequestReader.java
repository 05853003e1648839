package ma.cimr.teleservices.request;

import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.request.repository.RequestReadModel;
import ma.cimr.teleservices.shared.BusinessCalendar;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** Turns stored requests into what lists and timelines show, with their traffic light. */
@Component
class RequestReader {

    private final RequestReadModel requests;
    private final RequestTypes types;
    private final HolidayService holidays;
    private final Clock clock;

    RequestReader(RequestReadModel requests, RequestTypes types, HolidayService holidays, Clock clock) {
        this.requests = requests;
        this.types = types;
        this.holidays = holidays;
        this.clock = clock;
    }

    /** Today where the rules apply, whatever the zone of the clock. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
    }

    RequestSummary summary(ServiceRequest request) {
        RequestType type = types.get(request.typeCode());
        LocalDate receivedOn = LocalDate.ofInstant(request.receivedAt(), BusinessCalendar.ZONE);
        LocalDate reference = request.status().isOpen() || request.answeredAt() == null ? today()
                : LocalDate.ofInstant(request.answeredAt(), BusinessCalendar.ZONE);
        LocalDate measuredTo = request.pausedOn() != null ? request.pausedOn() : reference;
        return new RequestSummary(request.reference(), type, request.subject(), request.status(), request.level(),
                request.team(), request.receivedAt(), request.dueDate(), request.assigneeName(),
                TrafficLight.of(receivedOn, request.dueDate(), measuredTo, holidays.calendar()));
    }

    RequestDetail detail(ServiceRequest request, boolean forStaff) {
        RequestType type = types.get(request.typeCode());
        ComplaintScheme scheme = type.complaintScheme();
        LocalDate today = today();
        return new RequestDetail(summary(request), request.description(), request.channel(), request.language(),
                request.contactName(), request.contactEmail(), request.contactPhone(),
                requests.attachments(request.id()), requests.timeline(request.id(), forStaff), request.rating(), request.ratingComment(),
                scheme != null && request.level() == RequestLevel.FUND ? Escalation.conciliationOpensOn(request, scheme) : null,
                Escalation.next(request, type, today) != null,
                request.status() == RequestStatus.CLOSED && request.level() != RequestLevel.MEDIATION,
                request.committedDueDate(),
                scheme != null && scheme.acknowledgementDays() > 0 ? request.acknowledgementDueDate() : null,
                request.acknowledgedAt());
    }
}
