package ma.cimr.teleservices.liquidation;

import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.approval.Approvals;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.liquidation.repository.PensionClaimRepository;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestNotFoundException;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * E-liquidation, the staff's side (DD035): the claims to review, their papers accepted or refused,
 * missing papers asked for (the claim's service request pauses meanwhile), the pension computed from
 * the affiliate's points, and the decision. Liquidating is proposed by one staff member and carried
 * out when a second approves (four eyes, DD025): it creates a pension paid every month for life.
 * Refusing needs a reason, which the company and the claimant are told.
 */
@Service
public class ClaimDesk {

    private static final String STAFF = "hasAnyRole('" + Roles.AGENT + "', '" + Roles.SUPERVISOR + "')";
    private static final int QUEUE_LIMIT = 200;

    private final PensionClaimRepository claims;
    private final RequestDesk requestDesk;
    private final Approvals approvals;
    private final ClaimPensions pensions;
    private final LiquidationNotices notices;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClaimDesk(PensionClaimRepository claims, RequestDesk requestDesk, Approvals approvals, ClaimPensions pensions,
              LiquidationNotices notices, AuditTrail auditTrail, CurrentUser currentUser, Clock clock) {
        this.claims = claims;
        this.requestDesk = requestDesk;
        this.approvals = approvals;
        this.pensions = pensions;
        this.notices = notices;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The open claims, oldest first; or every claim, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<ClaimSummary> queue(boolean openOnly) {
        return claims.queue(openOnly, QUEUE_LIMIT);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public PensionClaim claim(String reference) {
        return claims.find(reference.strip()).orElseThrow(RequestNotFoundException::new);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public UploadedDocument document(String reference, long documentId) {
        return claims.documentContent(claim(reference).id(), documentId).orElseThrow(RequestNotFoundException::new);
    }

    /** The pension the claim would pay, with how it is computed; refused when the points pay nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public ClaimPension pension(String reference) {
        return pensions.of(claim(reference));
    }

    /** The liquidation proposed on this claim and waiting for a second staff member, if any. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public Optional<Approval> pendingLiquidation(String reference) {
        return approvals.pendingOn(reference.strip());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public boolean mayApprove(Approval approval) {
        return approvals.mayApprove(approval);
    }

    /** A paper checked: accepted, or refused with the reason the company reads. */
    @Transactional
    @PreAuthorize(STAFF)
    public void checkDocument(String reference, long documentId, boolean accepted, @Nullable String reason) {
        PensionClaim claim = open(reference);
        ClaimDocument document = claim.documents().stream().filter(d -> d.id() == documentId).findFirst()
                .orElseThrow(RequestNotFoundException::new);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!accepted && why == null) {
            throw new Refusal("liquidation.error.reasonRequired");
        }
        String login = currentUser.require().login();
        Instant now = clock.instant();
        claims.checkDocument(claim.id(), documentId, accepted ? DocumentStatus.ACCEPTED : DocumentStatus.REFUSED, login,
                now, accepted ? null : why);
        claims.addEvent(claim.id(), now, accepted ? ClaimEventKind.DOCUMENT_ACCEPTED : ClaimEventKind.DOCUMENT_REFUSED,
                login, document.kind().name() + (why == null ? "" : " — " + why));
    }

    /**
     * Papers are missing or refused: the company is told which, the claim waits for them and its
     * service request's clock stops until they come (DD010).
     */
    @Transactional
    @PreAuthorize(STAFF)
    public void askForDocuments(String reference, String whatIsMissing) {
        PensionClaim claim = open(reference);
        if (claim.status() == ClaimStatus.WAITING_FOR_DOCUMENTS) {
            throw new Refusal("liquidation.error.alreadyWaiting");
        }
        if (whatIsMissing == null || whatIsMissing.isBlank()) {
            throw new Refusal("liquidation.error.reasonRequired");
        }
        approvals.withdrawOn(claim.reference(), "papers asked again");
        claims.setStatus(claim.id(), ClaimStatus.WAITING_FOR_DOCUMENTS);
        requestDesk.waitForRequester(claim.reference(), whatIsMissing.strip());
        claims.addEvent(claim.id(), clock.instant(), ClaimEventKind.DOCUMENTS_ASKED, currentUser.require().login(),
                whatIsMissing.strip());
    }

    /**
     * Proposes the liquidation for a second staff member to approve: only a claim with staff, every
     * paper accepted, whose pension its points can pay. Nothing is created until the approval.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public Approval proposeLiquidation(String reference) {
        PensionClaim claim = liquidable(open(reference));
        ClaimPension pension = pensions.of(claim);
        var change = new LinkedHashMap<String, String>();
        change.put("affiliate", claim.affiliate().label());
        change.put("claimant", claim.claimant().lastName() + " " + claim.claimant().firstName() + " ("
                + claim.claimant().cin() + ")");
        change.put("claimKind", claim.kind().name());
        change.put("pensionStart", claim.pensionStart().toString());
        change.put("monthlyAmount", pension.monthly().toPlainString());
        change.put("paymentMode", claim.paymentMode().name());
        Approval approval = approvals.propose(LiquidationApproval.ACTION, claim.reference(), change);
        claims.addEvent(claim.id(), clock.instant(), ClaimEventKind.LIQUIDATION_PROPOSED, currentUser.require().login(),
                null);
        return approval;
    }

    /** The second staff member approves the proposed liquidation from the claim's page. */
    @Transactional
    @PreAuthorize(STAFF)
    public void approveLiquidation(String reference) {
        approvals.approveOn(reference.strip());
    }

    /** Refused, with the reason: the claim closes, its request is answered, the claimant is told. */
    @Transactional
    @PreAuthorize(STAFF)
    public void refuse(String reference, String reason) {
        PensionClaim claim = open(reference);
        if (reason == null || reason.isBlank()) {
            throw new Refusal("liquidation.error.reasonRequired");
        }
        String why = reason.strip();
        String login = currentUser.require().login();
        Instant now = clock.instant();
        approvals.withdrawOn(claim.reference(), "claim refused");
        if (claim.status() == ClaimStatus.WAITING_FOR_DOCUMENTS) {
            requestDesk.resume(claim.reference());
        }
        claims.markRefused(claim.id(), why, login, now);
        claims.addEvent(claim.id(), now, ClaimEventKind.REFUSED, login, why);
        requestDesk.answer(claim.reference(), notices.refusalAnswer(claim, why));
        notices.refused(claim, why);
        auditTrail.record(login, "PENSION_CLAIM_REFUSED", "claim " + claim.reference(), why, null);
    }

    private PensionClaim open(String reference) {
        PensionClaim claim = claims.lock(reference.strip()).orElseThrow(RequestNotFoundException::new);
        if (!claim.status().open()) {
            throw new Refusal("liquidation.error.closed");
        }
        return claim;
    }

    /** With staff (not waiting for papers) and every paper asked accepted. */
    static PensionClaim liquidable(PensionClaim claim) {
        if (claim.status() != ClaimStatus.FILED) {
            throw new Refusal("liquidation.error.waitingForDocuments");
        }
        if (!claim.documentsAccepted()) {
            throw new Refusal("liquidation.error.documentsNotAccepted");
        }
        return claim;
    }
}
