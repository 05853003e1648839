package ma.cimr.teleservices.request.repository;

import ma.cimr.teleservices.request.Attachment;
import ma.cimr.teleservices.request.AttachmentInfo;
import ma.cimr.teleservices.request.RequestEvent;
import ma.cimr.teleservices.request.RequestStatus;
import ma.cimr.teleservices.request.ServiceRequest;
import ma.cimr.teleservices.request.Team;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What screens read of requests: queues, "my requests", a request's page with its timeline and
 * files, the charter's figures, the deadline watch's scan. Apart from the aggregate's writes
 * ({@link ServiceRequestRepository}) so that a read never takes a lock and a state transition
 * never decides on a row it has not locked (DD020). Nothing here writes.
 */
public interface RequestReadModel {

    /** For a request's page: no lock; a transition loads it with {@link ServiceRequestRepository#lockByReference}. */
    Optional<ServiceRequest> findByReference(String reference);

    /** Newest first. */
    List<ServiceRequest> findByRequester(long accountId);

    /** Oldest due first. */
    List<ServiceRequest> queue(Team team, Collection<RequestStatus> statuses, int offset, int limit);

    int queueSize(Team team, Collection<RequestStatus> statuses);

    /**
     * Every open request, soonest due first, for the deadline watch. The watch's writes need no
     * lock: each is a once-per-deadline event that the database keeps unique.
     */
    List<ServiceRequest> openRequests();

    List<RequestEvent> timeline(long requestId, boolean withInternalEvents);

    List<AttachmentInfo> attachments(long requestId);

    Optional<Attachment> attachment(long requestId, long attachmentId);

    /** Open requests already past the date the requester was given, counted by type, for the operations team's metrics. */
    Map<String, Integer> lateOpenByType(LocalDate today);

    /** Answered or closed requests received in the period, for the charter dashboard. */
    List<HandledRequest> handledBetween(Instant from, Instant to);

    /**
     * How fast one request was handled, for the dashboard: its first answer against the deadline
     * committed when the clock started, not the due date a delay notice or an escalation moved.
     */
    record HandledRequest(String typeCode, Instant receivedAt, LocalDate committedDueDate,
                          LocalDate acknowledgementDueDate, Instant acknowledgedAt, @Nullable Instant answeredAt) {
    }
}
