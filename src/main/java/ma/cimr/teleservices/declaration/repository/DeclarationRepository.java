package ma.cimr.teleservices.declaration.repository;

import ma.cimr.teleservices.declaration.DeclarationSummary;
import ma.cimr.teleservices.declaration.DeclarationStatus;
import ma.cimr.teleservices.declaration.DeclaredLine;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Money;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The declarations and their lines, and the facts of the fund's data their rules read (the
 * company, its categories, the affiliates, the contributions on record). Every check against the
 * fund's data is one query for the whole declaration, never one per line.
 */
public interface DeclarationRepository {

    /** The declaring company as the form and the receipt need it. */
    record DeclaringCompany(long id, String adherentNumber, String legalName, DuePeriod.Frequency frequency) {
    }

    record Category(long id, String code, String label, boolean active) {
    }

    /** An affiliate of the fund, by matricule or CIN, with whether any affiliation ties them to the company. */
    record KnownAffiliate(long id, String matricule, String cin, String name, boolean affiliated, boolean ofTheCompany) {
    }

    /** One person of the previous period: from a filed declaration's line or from the contributions on record. */
    record PreviousLine(@Nullable Long affiliateId, @Nullable String matricule, @Nullable String cin, String name,
                        Money salary, int days, @Nullable LocalDate exit) {
    }

    /** A priced line to write. */
    record NewLine(@Nullable Long affiliateId, @Nullable String cin, @Nullable String name, Money salary, int days,
                   @Nullable LocalDate entry, @Nullable LocalDate exit, Money employeeAmount, Money employerAmount) {
    }

    /** A line the fund's data contradicts: its number and the identifier the company gave. */
    record FlaggedLine(int lineNumber, String identifier) {
    }

    /** The file as the company sent it. */
    record SentFile(String fileName, byte[] content) {
    }

    Optional<DeclaringCompany> company(long companyId);

    List<Category> categories(long companyId);

    Optional<DeclarationSummary> find(long id);

    /** The company's declarations, newest period first. */
    List<DeclarationSummary> history(long companyId);

    /** The due periods from {@code from} on with a live original (draft or filed) of that category. */
    Set<LocalDate> takenPeriods(long companyId, long categoryId, LocalDate from);

    /** A new FORM draft, or empty when the period already has a live original (the unique index, no error). */
    OptionalLong createDraft(long companyId, long categoryId, DuePeriod period, long createdBy);

    /** The filed (filed, being processed or processed) original of that period and category, if any. */
    Optional<Long> filedOriginal(long companyId, long categoryId, LocalDate period);

    /** The contributions the fund has on record for the period, for affiliates in that category with the company. */
    List<PreviousLine> contributionsOnRecord(long companyId, long categoryId, DuePeriod period);

    List<DeclaredLine> lines(long declarationId);

    Optional<DeclaredLine> line(long declarationId, int lineNumber);

    /** Appends the lines after the last one, in one batch. */
    void insertLines(long declarationId, List<NewLine> lines);

    void updateLine(long declarationId, int lineNumber, NewLine line);

    boolean deleteLine(long declarationId, int lineNumber);

    /** Line count and totals on the declaration's row, from its lines. */
    void refreshTotals(long declarationId);

    Optional<KnownAffiliate> affiliateByMatricule(String matricule, long companyId);

    Optional<KnownAffiliate> affiliateByCin(String cin, long companyId);

    /** Whether the declaration already has a line for this affiliate, or for this newcomer's CIN. */
    boolean hasLineFor(long declarationId, @Nullable Long affiliateId, @Nullable String cin, int exceptLine);

    /** Locks the declaration's row until the transaction ends and returns its status. */
    Optional<DeclarationStatus> lock(long id);

    void markFiled(long id, long filedBy, Instant filedAt, String requestReference);

    void deleteDraft(long id);

    /** Lines whose affiliate is affiliated to other companies only and has no entry date, at most {@code limit}. */
    List<FlaggedLine> linesOfAnotherCompany(long declarationId, int limit);

    /** Newcomer lines whose CIN is already a known affiliate's, at most {@code limit}. */
    List<FlaggedLine> newcomersAlreadyKnown(long declarationId, int limit);

    /** The ids of the affiliates with these matricules, by matricule; unknown ones are left out. */
    java.util.Map<String, Long> affiliateIds(Collection<String> matricules);

    Optional<SentFile> file(long fileId, long companyId);
}
