package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.declaration.repository.AmendmentRepository;
import ma.cimr.teleservices.declaration.repository.AmendmentRepository.Cancellation;
import ma.cimr.teleservices.declaration.repository.ProcessingRepository;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Téléannulation (charter adhérents n°4, 4 business days): the company's télédéclaration login
 * asks, with its object, to cancel a filed declaration; the portal files the structured
 * COMPANY_CANCELLATION request that carries the clock. Staff accept it (the declaration is
 * cancelled and what it posted is reversed) or refuse it with a reason; either answers the request.
 */
@Service
public class DeclarationCancellations {

    static final String DECLARANT = "hasRole('" + Roles.DECLARATION + "')";
    private static final Set<DeclarationStatus> CANCELLABLE = Set.of(DeclarationStatus.FILED,
            DeclarationStatus.PROCESSING, DeclarationStatus.PROCESSED);

    private final ProcessingRepository declarations;
    private final AmendmentRepository amendments;
    private final DeclarationPosting posting;
    private final Declarants declarants;
    private final ServiceRequests requests;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final PortalI18NProvider i18n;
    private final Clock clock;

    DeclarationCancellations(ProcessingRepository declarations, AmendmentRepository amendments,
                             DeclarationPosting posting, Declarants declarants, ServiceRequests requests,
                             AuditTrail auditTrail, CurrentUser currentUser, PortalI18NProvider i18n, Clock clock) {
        this.declarations = declarations;
        this.amendments = amendments;
        this.posting = posting;
        this.declarants = declarants;
        this.requests = requests;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** The signed-in declarant's own declaration, as the cancellation and recall pages show it. */
    @Transactional(readOnly = true)
    @PreAuthorize(DECLARANT)
    public DeclarationToProcess mine(long declarationId) {
        return own(declarations.find(declarationId));
    }

    /** The cancellations and recalls asked on the declarant's own declaration, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(DECLARANT)
    public List<DeclarationRequest> requestsOf(long declarationId) {
        return amendments.requestsOf(mine(declarationId).id());
    }

    /** Refused unless the declaration can be cancelled now: an original, filed or processed, none pending. */
    @Transactional(readOnly = true)
    @PreAuthorize(DECLARANT)
    public DeclarationToProcess cancellable(long declarationId) {
        return requireCancellable(mine(declarationId));
    }

    @Transactional
    @PreAuthorize(DECLARANT)
    public RequestReceipt request(long declarationId, CancellationObject object, @Nullable String details, Locale locale) {
        DeclarationToProcess declaration = requireCancellable(own(declarations.lock(declarationId)));
        String explained = details == null || details.isBlank() ? null : details.trim();
        if (object == CancellationObject.OTHER && explained == null) {
            throw new Refusal("declaration.cancellation.error.detailsRequired");
        }
        if (explained != null && explained.length() > 500) {
            throw new Refusal("declaration.cancellation.error.detailsTooLong");
        }
        String objectText = i18n.getTranslation("declaration.cancellation.object." + object, locale);
        RequestReceipt receipt = requests.fileThroughFeature(new NewRequest("COMPANY_CANCELLATION", Channel.WEB,
                locale.getLanguage(),
                i18n.getTranslation("declaration.cancellation.subject", locale, declaration.duePeriod().toString(),
                        declaration.categoryCode()),
                i18n.getTranslation("declaration.cancellation.description", locale, declaration.duePeriod().toString(),
                        declaration.categoryCode(), declaration.lineCount(), declaration.totalSalary().toPlainString(),
                        objectText) + (explained == null ? "" : "\n\n" + explained),
                null, null, null));
        PortalUser me = currentUser.require();
        amendments.insertCancellation(amendments.requestId(receipt.reference()), declarationId, object.name(), explained,
                me.accountId().value(), clock.instant());
        auditTrail.record(me.login(), "DECLARATION_CANCELLATION_REQUESTED", DeclarationPosting.target(declaration),
                receipt.reference() + " " + object, null);
        return receipt;
    }

    /** For staff: the cancellation still undecided on a declaration. */
    @Transactional(readOnly = true)
    @PreAuthorize(DeclarationProcessing.STAFF)
    public Optional<PendingCancellation> pending(long declarationId) {
        return amendments.openCancellation(declarationId).map(c -> new PendingCancellation(c.reference(),
                CancellationObject.valueOf(c.object()), c.details()));
    }

    /** Accepted: the declaration is cancelled and, if it was processed, what it posted is taken back. */
    @Transactional
    @PreAuthorize(DeclarationProcessing.STAFF)
    public void accept(String reference) {
        Cancellation cancellation = undecided(reference);
        DeclarationToProcess declaration = posting.locked(cancellation.declarationId());
        if (!CANCELLABLE.contains(declaration.status())) {
            throw new Refusal("declaration.cancellation.error.notCancellable");
        }
        Instant now = clock.instant();
        int reversed = declaration.status() == DeclarationStatus.PROCESSED ? declarations.reverse(declaration.id(), now) : 0;
        declarations.markCancelled(declaration.id(), now, null);
        PortalUser me = currentUser.require();
        amendments.decideCancellation(cancellation.requestId(), "ACCEPTED", me.accountId().value(), now, null);
        auditTrail.record(me.login(), "DECLARATION_CANCELLED", DeclarationPosting.target(declaration),
                cancellation.reference() + ", " + reversed + " contribution months reversed", null);
        // a declaration cancelled before processing will not be processed: its own request is answered too
        posting.answer(declaration.requestId(), declaration, "declaration.cancellation.answer.declaration",
                cancellation.reference());
        posting.answer(cancellation.requestId(), declaration, "declaration.cancellation.answer.accepted");
    }

    @Transactional
    @PreAuthorize(DeclarationProcessing.STAFF)
    public void refuse(String reference, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal("declaration.cancellation.error.reasonRequired");
        }
        Cancellation cancellation = undecided(reference);
        DeclarationToProcess declaration = posting.locked(cancellation.declarationId());
        PortalUser me = currentUser.require();
        amendments.decideCancellation(cancellation.requestId(), "REFUSED", me.accountId().value(), clock.instant(),
                reason.trim());
        auditTrail.record(me.login(), "DECLARATION_CANCELLATION_REFUSED", DeclarationPosting.target(declaration),
                cancellation.reference() + ": " + reason.trim(), null);
        posting.answer(cancellation.requestId(), declaration, "declaration.cancellation.answer.refused", reason.trim());
    }

    private Cancellation undecided(String reference) {
        Cancellation cancellation = amendments.lockCancellation(reference.trim())
                .orElseThrow(() -> new Refusal("declaration.cancellation.error.notFound"));
        if (cancellation.decision() != null) {
            throw new Refusal("declaration.cancellation.error.decided");
        }
        return cancellation;
    }

    private DeclarationToProcess requireCancellable(DeclarationToProcess declaration) {
        if (declaration.isRecall() || !CANCELLABLE.contains(declaration.status())) {
            throw new Refusal("declaration.cancellation.error.notCancellable");
        }
        if (amendments.hasOpenCancellation(declaration.id())) {
            throw new Refusal("declaration.cancellation.error.pending");
        }
        return declaration;
    }

    /** Another company's declaration, or a category the login may not declare, is "not found". */
    private DeclarationToProcess own(Optional<DeclarationToProcess> found) {
        Declarant me = declarants.current();
        return found.filter(d -> d.companyId() == me.companyId() && me.mayDeclare(d.categoryId()))
                .orElseThrow(() -> new Refusal("declaration.processing.error.notFound"));
    }
}
