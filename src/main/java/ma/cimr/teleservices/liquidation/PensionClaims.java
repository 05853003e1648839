package ma.cimr.teleservices.liquidation;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.liquidation.repository.PensionClaimRepository;
import ma.cimr.teleservices.liquidation.repository.PensionClaimRepository.NewClaim;
import ma.cimr.teleservices.request.Attachment;
import ma.cimr.teleservices.request.Attachments;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestNotFoundException;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * E-liquidation, the company's side (DD035): its e-liquidation user files the pension claim of one
 * of its declared staff (or of a deceased employee's survivor), with the papers its kind asks for,
 * sends papers staff asked for, and follows the claim. The company comes from the login, never from
 * a form; a claim of another company is "not found". Filing files the claim's service request in the
 * same transaction: a refused claim leaves nothing behind. Also the small public read the retiree's
 * space uses: the claim behind a pension.
 */
@Service
public class PensionClaims {

    static final String REQUEST_TYPE = "COMPANY_PENSION_CLAIM";
    private static final String LIQUIDATION_USER = "hasRole('" + Roles.LIQUIDATION + "')";

    private final PensionClaimRepository claims;
    private final ServiceRequests serviceRequests;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;

    PensionClaims(PensionClaimRepository claims, ServiceRequests serviceRequests, AuditTrail auditTrail,
                  CurrentUser currentUser, Clock clock) {
        this.claims = claims;
        this.serviceRequests = serviceRequests;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whom the company may file a claim for: the affiliates it declared contributions for. */
    @Transactional(readOnly = true)
    @PreAuthorize(LIQUIDATION_USER)
    public List<DeclaredAffiliate> myStaff() {
        return claims.staffOf(companyId());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(LIQUIDATION_USER)
    public List<ClaimSummary> myClaims() {
        return claims.ofCompany(companyId());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(LIQUIDATION_USER)
    public PensionClaim myClaim(String reference) {
        return mine(claims.find(reference.strip()));
    }

    /** One paper of one of the company's claims, to read again what was sent. */
    @Transactional(readOnly = true)
    @PreAuthorize(LIQUIDATION_USER)
    public UploadedDocument myDocument(String reference, long documentId) {
        PensionClaim claim = myClaim(reference);
        return claims.documentContent(claim.id(), documentId).orElseThrow(RequestNotFoundException::new);
    }

    /**
     * Files the claim with its papers: every check first (the affiliate among the company's staff,
     * the date and kind, the claimant, the RIB's key, no claim open and no pension already paid for
     * them, every paper asked and each a real PDF, JPEG or PNG of at most 10 MB), then the service
     * request, the claim, its papers and its first step, together.
     */
    @Transactional
    @PreAuthorize(LIQUIDATION_USER)
    public PensionClaim file(NewPensionClaim form, List<UploadedDocument> documents) {
        PortalUser user = currentUser.require();
        long companyId = companyId();
        DeclaredAffiliate affiliate = claims.staffMember(companyId, form.affiliateId())
                .orElseThrow(() -> new Refusal("liquidation.error.notStaff"));
        LocalDate today = today();
        ClaimKind kind = form.kind();
        if (kind == null || form.paymentMode() == null) {
            throw new Refusal("liquidation.error.kindRequired");
        }
        ClaimRules.requireDate(kind, form.effectiveDate(), affiliate.birthDate(), today);
        Claimant claimant = kind.survivor() ? ClaimRules.survivor(form.survivor(), today)
                : new Claimant(affiliate.cin(), affiliate.lastName(), affiliate.firstName(), affiliate.birthDate(),
                null, null);
        claimant = ClaimRules.reachable(claimant, form.email(), form.phone());
        String rib = ClaimRules.rib(form.paymentMode(), form.rib());
        boolean reversion = !kind.survivor() && form.reversionToSpouse();
        if (claims.hasOpenClaim(affiliate.id(), claimant.cin())) {
            throw new Refusal("liquidation.error.alreadyOpen");
        }
        if (claims.alreadyPaid(affiliate.id(), claimant.cin(), kind.survivor())) {
            throw new Refusal("liquidation.error.alreadyPaid");
        }
        requireDocuments(kind.requiredDocuments(form.paymentMode(), reversion), documents, true);

        Locale locale = Locale.FRENCH;
        RequestReceipt receipt = serviceRequests.fileThroughFeature(new NewRequest(REQUEST_TYPE, Channel.WEB,
                locale.getLanguage(), "Liquidation " + affiliate.matricule() + " — " + claimant.lastName() + " "
                + claimant.firstName(), kind.name() + ", " + form.effectiveDate() + ", " + affiliate.label(),
                null, null, null));
        Instant now = clock.instant();
        long id = claims.insert(new NewClaim(receipt.reference(), companyId, affiliate.id(), kind, form.effectiveDate(),
                claimant, reversion, form.paymentMode(), rib, user.login(), now));
        for (UploadedDocument document : documents) {
            claims.addDocument(id, document, user.login(), now);
        }
        claims.addEvent(id, now, ClaimEventKind.FILED, user.login(), null);
        auditTrail.record(user.login(), "PENSION_CLAIM_FILED", "claim " + receipt.reference(),
                kind + " for affiliate " + affiliate.matricule() + " from " + form.effectiveDate(), null);
        return claims.find(receipt.reference()).orElseThrow();
    }

    /**
     * Papers the company sends after filing (staff asked for them, or refused one): once none asked
     * is missing any more, the claim goes back to staff and the clock starts again today.
     */
    @Transactional
    @PreAuthorize(LIQUIDATION_USER)
    public PensionClaim sendDocuments(String reference, List<UploadedDocument> documents) {
        PensionClaim claim = mine(claims.lock(reference.strip()));
        if (!claim.status().open()) {
            throw new Refusal("liquidation.error.closed");
        }
        if (documents.isEmpty()) {
            throw new Refusal("liquidation.error.noDocument");
        }
        requireDocuments(claim.requiredDocuments(), documents, false);
        String login = currentUser.require().login();
        Instant now = clock.instant();
        for (UploadedDocument document : documents) {
            claims.addDocument(claim.id(), document, login, now);
            claims.addEvent(claim.id(), now, ClaimEventKind.DOCUMENT_RECEIVED, login, document.kind().name());
        }
        PensionClaim after = claims.find(claim.reference()).orElseThrow();
        if (after.status() == ClaimStatus.WAITING_FOR_DOCUMENTS && after.missingDocuments().isEmpty()) {
            claims.setStatus(claim.id(), ClaimStatus.FILED);
            serviceRequests.resumeThroughFeature(claim.reference());
        }
        return claims.find(claim.reference()).orElseThrow();
    }

    /**
     * The claim behind a pension, for the retiree's space to show while its first payment is to come
     * (DD035): to the retiree themselves, or to staff. Empty for a pension the portal did not liquidate.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.RETIREE + "', '" + Roles.AGENT + "', '" + Roles.SUPERVISOR + "')")
    public Optional<ClaimStatusForRetiree> statusFor(long retireeId) {
        requireOwnPension(currentUser.require(), retireeId);
        return claims.statusForRetiree(retireeId);
    }

    /** A retiree reads only their own pension's papers and claim; staff read any. */
    static void requireOwnPension(PortalUser user, long retireeId) {
        if (user.has(Role.AGENT) || user.has(Role.SUPERVISOR)) {
            return;
        }
        if (user.retireeId() == null || user.retireeId().value() != retireeId) {
            throw new AccessDeniedException("not this retiree's pension");
        }
    }

    /**
     * Every paper sent must be one the claim asks for, and each a real PDF, JPEG or PNG of at most
     * 10 MB (the request feature's rule for every file joined to a request); at filing, every paper
     * asked must be there.
     */
    private static void requireDocuments(Set<DocumentKind> required, List<UploadedDocument> documents, boolean all) {
        Set<DocumentKind> sent = EnumSet.noneOf(DocumentKind.class);
        for (UploadedDocument document : documents) {
            if (!required.contains(document.kind()) || !sent.add(document.kind())) {
                throw new Refusal("liquidation.error.unexpectedDocument");
            }
            Attachments.check(List.of(new Attachment(document.fileName(), document.contentType(), document.content())));
        }
        if (all && !sent.containsAll(required)) {
            throw new Refusal("liquidation.error.missingDocuments", String.valueOf(required.size() - sent.size()));
        }
    }

    private PensionClaim mine(Optional<PensionClaim> found) {
        return found.filter(claim -> claim.companyId() == companyId()).orElseThrow(RequestNotFoundException::new);
    }

    private long companyId() {
        return currentUser.companyId().value();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
    }
}
