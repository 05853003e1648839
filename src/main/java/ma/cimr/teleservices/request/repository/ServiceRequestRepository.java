package ma.cimr.teleservices.request.repository;

import ma.cimr.teleservices.request.Attachment;
import ma.cimr.teleservices.request.EventKind;
import ma.cimr.teleservices.request.RequestLevel;
import ma.cimr.teleservices.request.RequestStatus;
import ma.cimr.teleservices.request.ServiceRequest;
import ma.cimr.teleservices.request.Team;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The request aggregate's writes. A state transition loads its request with
 * {@link #lockByReference} inside its transaction, so that two people acting on one request at
 * once are served one after the other, the second seeing what the first did (DD020). Screens read
 * through {@link RequestReadModel}.
 */
public interface ServiceRequestRepository {

    /** R + year + a number from a database sequence, unique across instances. */
    String nextReference(int year);

    /** Stores a new request; the id and the assignee name are ignored. Returns the id. */
    long insert(ServiceRequest request);

    void addEvent(long requestId, Instant at, EventKind kind, String actor, @Nullable String message,
                  @Nullable LocalDate dueDate);

    /** For events that happen once per deadline (warning, late): false when it already happened for this due date. */
    boolean addEventOnce(long requestId, Instant at, EventKind kind, String actor, LocalDate dueDate);

    /** The request, locked until the caller's transaction ends ({@code SELECT ... FOR UPDATE}). */
    Optional<ServiceRequest> lockByReference(String reference);

    void addAttachment(long requestId, Attachment attachment, Instant at, String uploadedBy);

    void assign(long requestId, long accountId);

    void pause(long requestId, LocalDate on);

    /**
     * Back to work: the status it had before the pause, and the due date (and the committed one,
     * as the service moved it) after the pause.
     */
    void resume(long requestId, RequestStatus status, LocalDate newDueDate, LocalDate newCommittedDueDate);

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
}
