package ma.cimr.teleservices.approval;

import ma.cimr.teleservices.approval.repository.ApprovalRepository;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.stream.Collectors;

/**
 * Four eyes (DD025): a staff action that can hand over an account or money is proposed by one
 * person and carried out only when another one approves it. A feature proposes (in its own
 * transaction, after its own checks), the approvals screen lists what waits, and an approval runs
 * the feature's {@link ApprovedAction} in the approver's transaction. The proposer may withdraw
 * (reject) their own proposal but never approve it; every step is audited.
 */
@Service
public class Approvals {

    static final String STAFF = "hasAnyRole('" + Roles.AGENT + "', '" + Roles.SUPERVISOR + "', '"
            + Roles.ADMINISTRATOR + "')";

    private final ApprovalRepository approvals;
    /** Looked up when used: the features' actions call services that themselves propose through this one. */
    private final ObjectProvider<ApprovedAction> actions;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;

    Approvals(ApprovalRepository approvals, ObjectProvider<ApprovedAction> actions, AuditTrail auditTrail,
              CurrentUser currentUser, Clock clock) {
        this.approvals = approvals;
        this.actions = actions;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Proposes a change for a second person to approve; nothing is changed yet. Refused while the
     * subject has a proposal pending.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public Approval propose(String action, String subject, SequencedMap<String, String> change) {
        handler(action);
        String proposer = currentUser.require().login();
        long id = approvals.addPending(action, subject, change, proposer, clock.instant())
                .orElseThrow(() -> new Refusal("approval.error.alreadyPending", subject));
        auditTrail.record(proposer, "APPROVAL_PROPOSED", action + " " + subject, describe(change), null);
        return approvals.find(id).orElseThrow();
    }

    /** Oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<Approval> pending(int offset, int limit) {
        return approvals.pending(offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public int countPending() {
        return approvals.countPending();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public Optional<Approval> pendingOn(String subject) {
        return Optional.ofNullable(approvals.pendingOn(List.of(subject)).get(subject));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public Map<String, Approval> pendingOn(Collection<String> subjects) {
        return approvals.pendingOn(subjects);
    }

    /** The last proposal on the subject, pending or decided, to say on the case what became of it. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public Optional<Approval> latestOn(String subject) {
        return approvals.latestOn(subject);
    }

    /** Whether the signed-in user may approve it: a decider of its action, and not who proposed it. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public boolean mayApprove(Approval approval) {
        PortalUser user = currentUser.require();
        return approval.pending() && !user.login().equals(approval.proposedBy()) && isDecider(user, approval);
    }

    /** Where the approval's case is worked. */
    public String casePath(Approval approval) {
        return handler(approval.action()).casePath(approval);
    }

    /**
     * The second person approves: the feature carries the change out now, in this transaction.
     * Refused to the proposer, to whoever may not decide this action, and once decided.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public void approve(long approvalId) {
        Approval approval = approvals.lockPending(approvalId).orElseThrow(() -> new Refusal("approval.error.decided"));
        PortalUser approver = currentUser.require();
        if (approver.login().equals(approval.proposedBy())) {
            throw new Refusal("approval.error.ownProposal");
        }
        if (!isDecider(approver, approval)) {
            throw new Refusal("approval.error.notDecider");
        }
        handler(approval.action()).approved(approval);
        approvals.decide(approval.id(), Decision.APPROVED, approver.login(), clock.instant(), null);
        auditTrail.record(approver.login(), "APPROVAL_APPROVED", approval.action() + " " + approval.subject(),
                "proposed by " + approval.proposedBy() + ": " + describe(approval.change()), null);
    }

    /** The pending proposal on the subject approved, for a case screen that offers its own button. */
    @Transactional
    @PreAuthorize(STAFF)
    public void approveOn(String subject) {
        approve(approvals.lockPendingOn(subject).orElseThrow(() -> new Refusal("approval.error.decided")).id());
    }

    /**
     * Not approved, with the reason: nothing of the proposed change is made. A decider may reject,
     * and the proposer may withdraw their own proposal this way.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public void reject(long approvalId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal("approval.error.reasonRequired");
        }
        Approval approval = approvals.lockPending(approvalId).orElseThrow(() -> new Refusal("approval.error.decided"));
        PortalUser user = currentUser.require();
        if (!user.login().equals(approval.proposedBy()) && !isDecider(user, approval)) {
            throw new Refusal("approval.error.notDecider");
        }
        approvals.decide(approval.id(), Decision.REJECTED, user.login(), clock.instant(), reason.strip());
        auditTrail.record(user.login(), "APPROVAL_REJECTED", approval.action() + " " + approval.subject(),
                "proposed by " + approval.proposedBy() + ", reason: " + reason.strip(), null);
    }

    /**
     * The subject was decided another way (a subscription rejected on its own page): a proposal
     * pending on it no longer waits for anybody. Nothing happens when none is pending.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public void withdrawOn(String subject, String reason) {
        approvals.lockPendingOn(subject).ifPresent(approval -> {
            String login = currentUser.require().login();
            approvals.decide(approval.id(), Decision.WITHDRAWN, login, clock.instant(), reason);
            auditTrail.record(login, "APPROVAL_WITHDRAWN", approval.action() + " " + approval.subject(), reason, null);
        });
    }

    private boolean isDecider(PortalUser user, Approval approval) {
        return handler(approval.action()).deciders().stream().anyMatch(user::has);
    }

    private ApprovedAction handler(String action) {
        return actions.orderedStream().filter(handler -> handler.action().equals(action)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no ApprovedAction for " + action));
    }

    private static String describe(Map<String, String> change) {
        return change.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", "));
    }
}
