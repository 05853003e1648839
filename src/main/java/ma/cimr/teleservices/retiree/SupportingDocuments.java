package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.request.Attachment;
import ma.cimr.teleservices.request.Attachments;
import ma.cimr.teleservices.retiree.repository.DocumentRepository;
import ma.cimr.teleservices.retiree.repository.RetireeRepository;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Supporting documents (pièces justificatives, DD036): which the pension needs and until when the
 * fund has them, the retiree's uploads (checked like every attachment: size and real type), and
 * staff's review. Accepting a document of the kind a pension was suspended for lifts the
 * suspension; the next monthly run pays the months it missed (the run's business, not this one's).
 */
@Service
public class SupportingDocuments {

    private final DocumentRepository documents;
    private final RetireeRepository retirees;
    private final RetireeNotices notices;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final Clock clock;

    SupportingDocuments(DocumentRepository documents, RetireeRepository retirees, RetireeNotices notices,
                        CurrentUser currentUser, AuditTrail auditTrail, Clock clock) {
        this.documents = documents;
        this.retirees = retirees;
        this.notices = notices;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** What the signed-in retiree's pension needs today, and where each stands. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public List<DocumentRequirement> myRequirements() {
        long retireeId = currentUser.retireeId().value();
        RetireePension pension = retirees.findPension(retireeId).orElseThrow();
        List<SupportingDocument> mine = documents.ofRetiree(retireeId);
        LocalDate today = today();
        return RequiredDocuments.of(pension.kind(), pension.survivorRelation(), pension.birthDate(), today).stream()
                .map(kind -> {
                    LocalDate accepted = mine.stream()
                            .filter(d -> d.kind() == kind && d.status() == SupportingDocument.Status.ACCEPTED)
                            .map(SupportingDocument::validUntil).max(LocalDate::compareTo).orElse(null);
                    LocalDate until = RequiredDocuments.expiry(accepted, pension.pensionStart());
                    var last = mine.stream().filter(d -> d.kind() == kind).findFirst()
                            .map(SupportingDocument::status).orElse(null);
                    return new DocumentRequirement(kind, until, DocumentRequirement.stateOf(until, today), last);
                })
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public List<SupportingDocument> myDocuments() {
        return documents.ofRetiree(currentUser.retireeId().value());
    }

    /** A document of a kind the pension needs, checked as every attachment is; waits for staff. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public void upload(DocumentKind kind, String fileName, String contentType, byte[] content) {
        if (myRequirements().stream().noneMatch(r -> r.kind() == kind)) {
            throw new Refusal("retiree.documents.error.notRequired");
        }
        Attachments.check(List.of(new Attachment(fileName, contentType, content)));
        long retireeId = currentUser.retireeId().value();
        long id = documents.add(retireeId, kind, fileName, contentType, content, clock.instant());
        auditTrail.record(currentUser.require().login(), "RETIREE_DOCUMENT_UPLOADED", currentUser.require().login(),
                kind + " #" + id, null);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.AGENT + "')")
    public List<DocumentToReview> toReview(int offset, int limit) {
        return documents.pending(offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.AGENT + "')")
    public int toReviewCount() {
        return documents.pendingCount();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.AGENT + "')")
    public byte[] content(long documentId) {
        return documents.content(documentId).orElseThrow(() -> new Refusal("retiree.documents.error.unknown"));
    }

    /**
     * The document is good for a year from today; a pension suspended for its lack resumes, and the
     * retiree is told so.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.AGENT + "')")
    public void accept(long documentId) {
        var owned = documents.find(documentId).orElseThrow(() -> new Refusal("retiree.documents.error.unknown"));
        LocalDate validUntil = RequiredDocuments.validUntil(today());
        String agent = currentUser.require().login();
        if (!documents.decide(documentId, SupportingDocument.Status.ACCEPTED, validUntil, agent, clock.instant(), null)) {
            throw new Refusal("retiree.documents.error.reviewed");
        }
        DocumentKind kind = owned.document().kind();
        String dp = owned.document().pensionFileNumber();
        auditTrail.record(agent, "RETIREE_DOCUMENT_ACCEPTED", dp, kind + " #" + documentId + " until " + validUntil, null);
        boolean resumed = retirees.resume(owned.retireeId(), SuspensionReason.of(kind));
        if (resumed) {
            auditTrail.record(agent, "PENSION_RESUMED", dp, kind + " accepted", null);
        }
        notices.tell(owned.retireeId(), resumed ? "retiree.documents.notice.resumed." : "retiree.documents.notice.accepted.",
                kind, validUntil);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.AGENT + "')")
    public void reject(long documentId, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal("retiree.documents.error.reasonRequired");
        }
        var owned = documents.find(documentId).orElseThrow(() -> new Refusal("retiree.documents.error.unknown"));
        String agent = currentUser.require().login();
        if (!documents.decide(documentId, SupportingDocument.Status.REJECTED, null, agent, clock.instant(), reason.strip())) {
            throw new Refusal("retiree.documents.error.reviewed");
        }
        auditTrail.record(agent, "RETIREE_DOCUMENT_REJECTED", owned.document().pensionFileNumber(),
                owned.document().kind() + " #" + documentId + ": " + reason.strip(), null);
        notices.tell(owned.retireeId(), "retiree.documents.notice.rejected.", owned.document().kind(), reason.strip());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
    }
}
