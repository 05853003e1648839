package ma.cimr.teleservices.declaration.repository;

import ma.cimr.teleservices.declaration.DeclarationRequest;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Téléannulations and télérappels: what the company asked about a declaration, and what staff decided. */
public interface AmendmentRepository {

    long requestId(String reference);

    boolean hasOpenCancellation(long declarationId);

    void insertCancellation(long requestId, long declarationId, String object, @Nullable String details, long accountId,
                            Instant now);

    /** The cancellation a request carries, its row locked until the transaction ends (DD020). */
    Optional<Cancellation> lockCancellation(String reference);

    /** The cancellation still undecided on a declaration, for staff. */
    Optional<Cancellation> openCancellation(long declarationId);

    void decideCancellation(long requestId, String decision, long staffAccountId, Instant now, @Nullable String reason);

    /** The cancellations and recalls asked on a declaration, newest first. */
    List<DeclarationRequest> requestsOf(long declarationId);

    /** The declaration a request is about: its own (declaration, recall) or the one a cancellation names. */
    Optional<Long> declarationOfRequest(String reference);

    /** Affiliate ids by matricule, for the matricules the fund knows. */
    Map<String, Long> affiliateIds(Collection<String> matricules);

    /** A FILED recall of a declaration's due period and category, with its priced lines; its id. */
    long insertRecall(long originalId, long requestId, long accountId, Instant now, String motive, List<PricedLine> lines);

    record Cancellation(long requestId, String reference, long declarationId, String object, @Nullable String details,
                        @Nullable String decision) {
    }

    record PricedLine(long affiliateId, BigDecimal salary, int days, BigDecimal employeeAmount, BigDecimal employerAmount) {
    }
}
