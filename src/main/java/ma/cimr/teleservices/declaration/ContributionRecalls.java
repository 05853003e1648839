package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.declaration.repository.AmendmentRepository;
import ma.cimr.teleservices.declaration.repository.AmendmentRepository.PricedLine;
import ma.cimr.teleservices.declaration.repository.ContributionRatesRepository;
import ma.cimr.teleservices.declaration.repository.ProcessingRepository;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.value.Money;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Télérappel (charter adhérents n°3, 4 business days): salaries left out of a declared due period,
 * recalled by the company with a motive. The portal prices them with the period's rates, files a
 * RECALL declaration and its COMPANY_RECALL request; staff accept it (its contributions are added
 * to the affiliates' months, as a processing does) or refuse it with a reason (it is cancelled).
 */
@Service
public class ContributionRecalls {

    /** A recall typed on a form: more than this is a declaration to send again, not a recall. */
    static final int MAX_LINES = 500;
    private static final BigDecimal MAX_SALARY = new BigDecimal("1000000");
    private static final Set<DeclarationStatus> RECALLABLE = Set.of(DeclarationStatus.FILED,
            DeclarationStatus.PROCESSING, DeclarationStatus.PROCESSED);

    private final ProcessingRepository declarations;
    private final AmendmentRepository amendments;
    private final ContributionRatesRepository rates;
    private final DeclarationPosting posting;
    private final DeclarationCancellations cancellations;
    private final ServiceRequests requests;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final PortalI18NProvider i18n;
    private final Clock clock;

    ContributionRecalls(ProcessingRepository declarations, AmendmentRepository amendments, ContributionRatesRepository rates,
                        DeclarationPosting posting, DeclarationCancellations cancellations, ServiceRequests requests,
                        AuditTrail auditTrail, CurrentUser currentUser, PortalI18NProvider i18n, Clock clock) {
        this.declarations = declarations;
        this.amendments = amendments;
        this.rates = rates;
        this.posting = posting;
        this.cancellations = cancellations;
        this.requests = requests;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Refused unless a recall can be added to this declaration of the declarant's: an original, not cancelled. */
    @Transactional(readOnly = true)
    @PreAuthorize(DeclarationCancellations.DECLARANT)
    public DeclarationToProcess recallable(long declarationId) {
        return requireRecallable(cancellations.mine(declarationId));
    }

    @Transactional
    @PreAuthorize(DeclarationCancellations.DECLARANT)
    public RequestReceipt file(long declarationId, List<RecallLine> lines, String motive, Locale locale) {
        DeclarationToProcess original = requireRecallable(cancellations.mine(declarationId));
        declarations.lock(original.id());
        String why = motive == null ? "" : motive.trim();
        if (why.isEmpty()) {
            throw new Refusal("declaration.recall.error.motiveRequired");
        }
        if (why.length() > 500) {
            throw new Refusal("declaration.recall.error.motiveTooLong");
        }
        List<PricedLine> priced = price(original, lines);
        BigDecimal total = priced.stream().map(PricedLine::salary).reduce(BigDecimal.ZERO, BigDecimal::add);
        RequestReceipt receipt = requests.fileThroughFeature(new NewRequest("COMPANY_RECALL", Channel.WEB,
                locale.getLanguage(),
                i18n.getTranslation("declaration.recall.subject", locale, original.duePeriod().toString(),
                        original.categoryCode()),
                i18n.getTranslation("declaration.recall.description", locale, original.duePeriod().toString(),
                        original.categoryCode(), priced.size(), total.toPlainString()) + "\n\n" + why,
                null, null, null));
        PortalUser me = currentUser.require();
        Instant now = clock.instant();
        long recallId = amendments.insertRecall(original.id(), amendments.requestId(receipt.reference()), me.accountId().value(),
                now, why, priced);
        auditTrail.record(me.login(), "DECLARATION_RECALL_FILED", DeclarationPosting.target(original),
                receipt.reference() + ", recall " + recallId + ", " + priced.size() + " lines, salary " + total.toPlainString(),
                null);
        return receipt;
    }

    /** Accepted: the recalled contributions are added to the affiliates' months and the recall is processed. */
    @Transactional
    @PreAuthorize(DeclarationProcessing.STAFF)
    public DeclarationProcessing.Processed accept(String reference) {
        DeclarationToProcess recall = lockedRecall(reference);
        return posting.post(recall, Map.of(), "declaration.recall.answer.accepted");
    }

    /** Refused: the recall is cancelled with the fund's reason, which answers the request. */
    @Transactional
    @PreAuthorize(DeclarationProcessing.STAFF)
    public void refuse(String reference, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal("declaration.cancellation.error.reasonRequired");
        }
        DeclarationToProcess recall = lockedRecall(reference);
        if (!recall.awaitsProcessing()) {
            throw new Refusal("declaration.recall.error.decided");
        }
        declarations.markCancelled(recall.id(), clock.instant(), reason.trim());
        auditTrail.record(currentUser.require().login(), "DECLARATION_RECALL_REFUSED", DeclarationPosting.target(recall),
                reference + ": " + reason.trim(), null);
        posting.answer(recall.requestId(), recall, "declaration.recall.answer.refused", reason.trim());
    }

    private DeclarationToProcess lockedRecall(String reference) {
        long id = declarations.declarationOfRequest(reference.trim())
                .orElseThrow(() -> new Refusal("declaration.processing.error.notFound"));
        DeclarationToProcess recall = posting.locked(id);
        if (!recall.isRecall()) {
            throw new Refusal("declaration.recall.error.notRecall");
        }
        return recall;
    }

    /** Every amount priced with the period's rates, never typed; every matricule known; each once. */
    private List<PricedLine> price(DeclarationToProcess original, List<RecallLine> lines) {
        if (lines.isEmpty()) {
            throw new Refusal("declaration.recall.error.noLine");
        }
        if (lines.size() > MAX_LINES) {
            throw new Refusal("declaration.recall.error.tooManyLines", MAX_LINES);
        }
        Set<String> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        for (RecallLine line : lines) {
            if (!seen.add(line.matricule().trim())) {
                twice.add(line.matricule().trim());
            }
        }
        if (!twice.isEmpty()) {
            throw new Refusal("declaration.recall.error.duplicate", String.join(", ", twice));
        }
        Map<String, Long> known = amendments.affiliateIds(seen);
        List<String> unknown = lines.stream().map(l -> l.matricule().trim()).filter(m -> !known.containsKey(m)).toList();
        if (!unknown.isEmpty()) {
            throw new Refusal("declaration.recall.error.unknownMatricule", String.join(", ", unknown));
        }
        int maxDays = original.duePeriod().frequency() == ma.cimr.teleservices.shared.value.DuePeriod.Frequency.MONTH ? 31 : 92;
        ContributionRates priced = rates.ratesFor(original.companyId(), original.categoryId(), original.duePeriod().firstDay())
                .orElseThrow(() -> new Refusal("declaration.processing.error.notFound"));
        List<PricedLine> result = new ArrayList<>();
        for (RecallLine line : lines) {
            if (line.salary() == null || line.salary().signum() <= 0 || line.salary().compareTo(MAX_SALARY) > 0
                    || line.salary().stripTrailingZeros().scale() > 2) {
                throw new Refusal("declaration.recall.error.salary", line.matricule().trim());
            }
            if (line.days() < 0 || line.days() > maxDays) {
                throw new Refusal("declaration.recall.error.days", line.matricule().trim(), maxDays);
            }
            Money salary = Money.of(line.salary());
            Long affiliateId = known.get(line.matricule().trim());
            if (affiliateId == null) {
                throw new Refusal("declaration.recall.error.unknownMatricule", line.matricule().trim());
            }
            result.add(new PricedLine(affiliateId, salary.amount(), line.days(),
                    priced.employeeAmount(salary).amount(), priced.employerAmount(salary).amount()));
        }
        return result;
    }

    private static DeclarationToProcess requireRecallable(DeclarationToProcess declaration) {
        if (declaration.isRecall() || !RECALLABLE.contains(declaration.status())) {
            throw new Refusal("declaration.recall.error.notRecallable");
        }
        return declaration;
    }
}
