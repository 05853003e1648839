package ma.cimr.teleservices.approval.repository;

import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.approval.Decision;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Proposals waiting for a second person, and how they were decided. */
public interface ApprovalRepository {

    /** Empty when the subject already has a pending proposal (the unique index decides, not a prior read). */
    Optional<Long> addPending(String action, String subject, Map<String, String> change, String proposedBy,
                              Instant at);

    Optional<Approval> find(long id);

    /** A pending proposal, its row locked to the end of the transaction. */
    Optional<Approval> lockPending(long id);

    Optional<Approval> lockPendingOn(String subject);

    /** The pending proposals on those subjects, by subject. */
    Map<String, Approval> pendingOn(Collection<String> subjects);

    /** Oldest first: who waits longest is seen first. */
    List<Approval> pending(int offset, int limit);

    int countPending();

    /** The last proposal on the subject, pending or decided. */
    Optional<Approval> latestOn(String subject);

    void decide(long id, Decision decision, String by, Instant at, @Nullable String reason);
}
