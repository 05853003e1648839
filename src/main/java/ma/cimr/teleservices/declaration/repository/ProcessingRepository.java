package ma.cimr.teleservices.declaration.repository;

import ma.cimr.teleservices.declaration.DeclarationToProcess;
import ma.cimr.teleservices.declaration.LineToProcess;
import ma.cimr.teleservices.declaration.Newcomer;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The declarations staff process, and what processing writes: affiliates immatriculated,
 * affiliations opened and closed, contributions posted and reversed. Every write is one set-based
 * statement over the declaration's lines, never one statement per line (DD028).
 */
public interface ProcessingRepository {

    /** FILED and PROCESSING declarations and recalls, oldest filing first. */
    List<DeclarationToProcess> queue(int offset, int limit);

    int queueSize();

    Optional<DeclarationToProcess> find(long declarationId);

    /** The same, its row locked until the transaction ends (DD020). */
    Optional<DeclarationToProcess> lock(long declarationId);

    /** The declaration whose charter clock is this request (a declaration's, or a recall's). */
    Optional<Long> declarationOfRequest(String reference);

    List<LineToProcess> lines(long declarationId, int offset, int limit);

    /** The lines still without an affiliate, with the matricule of the affiliate holding that CIN. */
    List<Newcomer> newcomers(long declarationId);

    void markProcessing(long declarationId);

    /** Newcomers whose CIN is an affiliate already declared on another line of the same declaration. */
    List<String> newcomersDeclaredTwice(long declarationId);

    /** Links the newcomers the fund knows by CIN to that affiliate; how many were linked. */
    int linkNewcomersByCin(long declarationId);

    /** A new affiliate with the next matricule of the portal's series, linked to the newcomer's line. */
    String immatriculate(long declarationId, String cin, String lastName, String firstName, LocalDate birthDate);

    /** Entry dates (and every newcomer) open an affiliation in the declaration's category; exit dates close it. */
    AffiliationChanges applyEntriesAndExits(long declarationId);

    /** The lines' contributions added to the affiliates' months (a quarter on its three months); the rows posted. */
    int post(long declarationId, Instant now);

    /** Takes back exactly what {@link #post} added; the rows reversed. */
    int reverse(long declarationId, Instant now);

    void markProcessed(long declarationId, long staffAccountId, Instant now);

    /** Cancelled: a processed declaration loses its processing date (the posting keeps it). */
    void markCancelled(long declarationId, Instant now, @Nullable String reason);

    /** The reference and whether the request is still open. */
    Optional<String> openRequestReference(long requestId);

    record AffiliationChanges(int opened, int closed) {
    }
}
