package ma.cimr.teleservices.liquidation;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A pension claim as the company and staff read it: whose, for whom, from when, the options, its
 * papers (the latest of each kind) and its timeline, and once liquidated the N° DP it created.
 */
public record PensionClaim(long id, String reference, long companyId, String companyName, String adherentNumber,
                           DeclaredAffiliate affiliate, ClaimKind kind, LocalDate effectiveDate, Claimant claimant,
                           boolean reversionToSpouse, PaymentMode paymentMode, @Nullable String rib, ClaimStatus status,
                           @Nullable String refusalReason, @Nullable String pensionFileNumber, Instant filedAt,
                           String filedBy, @Nullable Instant decidedAt, List<ClaimDocument> documents,
                           List<ClaimEvent> timeline) {

    public PensionClaim {
        documents = List.copyOf(documents);
        timeline = List.copyOf(timeline);
    }

    /** The first day of the month after the retirement date (or the death): when the pension starts. */
    public LocalDate pensionStart() {
        return effectiveDate.withDayOfMonth(1).plusMonths(1);
    }

    public Set<DocumentKind> requiredDocuments() {
        return kind.requiredDocuments(paymentMode, reversionToSpouse);
    }

    /** Required papers with no version received, or whose latest version was refused. */
    public List<DocumentKind> missingDocuments() {
        return requiredDocuments().stream()
                .filter(required -> documents.stream().noneMatch(d -> d.kind() == required
                        && d.status() != DocumentStatus.REFUSED))
                .toList();
    }

    /** Every required paper accepted by staff: the claim can be liquidated. */
    public boolean documentsAccepted() {
        return requiredDocuments().stream().allMatch(required -> documents.stream()
                .anyMatch(d -> d.kind() == required && d.status() == DocumentStatus.ACCEPTED));
    }
}
