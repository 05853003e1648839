package ma.cimr.teleservices.approval;

import ma.cimr.teleservices.security.Role;

import java.util.Set;

/**
 * What a feature does once a second person approves one of its proposals. The feature implements
 * it (a Spring bean in its own package) and the approval desk finds it by action code, so the
 * dependency runs from the features to {@code approval}, never back (DD016).
 *
 * <p>{@link #approved} runs in the approver's transaction and security context: what it writes is
 * written by the approver, and a {@code Refusal} it throws rolls everything back, the proposal
 * still pending.
 */
public interface ApprovedAction {

    /** The action code this bean carries out, e.g. {@code PENSION_PARAMETER}. */
    String action();

    /** The roles of who may approve or reject (never the proposer for an approval). */
    Set<Role> deciders();

    /** Carries out the proposed change, checking again what may have changed since it was proposed. */
    void approved(Approval approval);

    /** Where the case is worked, for the approvals screen's link (a route path). */
    String casePath(Approval approval);
}
