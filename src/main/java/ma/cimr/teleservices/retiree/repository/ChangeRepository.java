package ma.cimr.teleservices.retiree.repository;

import ma.cimr.teleservices.retiree.RetireeChange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The changes retirees asked, pending or decided. */
public interface ChangeRepository {

    /** Records a change asked under its request; the fields not of its kind are null. Returns its id. */
    long add(long retireeId, String requestReference, RetireeChange draft, Instant askedAt);

    List<RetireeChange> ofRetiree(long retireeId);

    boolean hasPending(long retireeId, RetireeChange.Kind kind);

    List<RetireeChange> pending(int offset, int limit);

    int pendingCount();

    /** The change and its retiree, locked until the caller's transaction ends. */
    Optional<Locked> lock(long changeId);

    record Locked(long retireeId, RetireeChange change) {
    }

    void decide(long changeId, RetireeChange.Status status, String agent, Instant at);
}
