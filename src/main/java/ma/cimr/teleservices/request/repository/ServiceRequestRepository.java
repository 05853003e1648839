package ma.cimr.teleservices.request.repository;

import ma.cimr.teleservices.request.Attachment;
import ma.cimr.teleservices.request.AttachmentInfo;
import ma.cimr.teleservices.request.EventKind;
import ma.cimr.teleservices.request.RequestEvent;
import ma.cimr.teleservices.request.RequestLevel;
import ma.cimr.teleservices.request.RequestStatus;
import ma.cimr.teleservices.request.ServiceRequest;
import ma.cimr.teleservices.request.Team;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ServiceRequestRepository {

    /** R + year + a number from a database sequence, unique across instances. */
    String nextReference(int year);

    /** Stores a new request; the id and the assignee name are ignored. Returns the id. */
    long insert(ServiceRequest request);

    void addEvent(long requestId, Instant at, EventKind kind, String actor, @Nullable String message,
                  @Nullable LocalDate dueDate);

    /** For events that happen once per deadline (warning, late): false when it already happened for this due date. */
    boolean addEventOnce(long requestId, Instant at, EventKind kind, String actor, LocalDate dueDate);

    Optional<ServiceRequest> findByReference(String reference);

    void addAttachment(long requestId, Attachment attachment, Instant at, String uploadedBy);

    List<AttachmentInfo> attachments(long requestId);

    Optional<Attachment> attachment(long requestId, long attachmentId);

    /** Newest first. */
    List<ServiceRequest> findByRequester(long accountId);

    /** Oldest due first. */
    List<ServiceRequest> queue(Team team, Collection<RequestStatus> statuses, int offset, int limit);

    int queueSize(Team team, Collection<RequestStatus> statuses);

    /** Every open request, soonest due first, for the deadline watch. */
    List<ServiceRequest> openRequests();

    List<RequestEvent> timeline(long requestId, boolean withInternalEvents);

    void updateStatus(long requestId, RequestStatus status);

    void assign(long requestId, long accountId);

    void pause(long requestId, LocalDate on);

    /** Back to work: the status it had before the pause, and the due date moved by the pause. */
    void resume(long requestId, RequestStatus status, LocalDate newDueDate);

    void moveDueDate(long requestId, LocalDate newDueDate);

    /**
     * The answer closes the request. The first answer's time is kept: it is the one the charter
     * measures, even when a complaint comes back from conciliation.
     */
    void answerAndClose(long requestId, Instant at);

    /** Back in the hands of the agent who reopens it, with a new due date. */
    void reopen(long requestId, long assigneeAccountId, LocalDate dueDate);

    void escalate(long requestId, RequestLevel level, Team team, LocalDate dueDate);

    void rate(long requestId, int rating, @Nullable String comment);

    void markWarned(long requestId, Instant at);

    void markLate(long requestId, LocalDate since);

    /** Answered or closed requests received in the period, for the charter dashboard. */
    List<HandledRequest> handledBetween(Instant from, Instant to);

    /** How fast one request was handled, for the dashboard. */
    record HandledRequest(String typeCode, Instant receivedAt, LocalDate dueDate, @Nullable Instant answeredAt) {
    }
}
