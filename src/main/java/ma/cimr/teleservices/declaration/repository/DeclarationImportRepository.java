package ma.cimr.teleservices.declaration.repository;

import ma.cimr.teleservices.shared.value.DuePeriod;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The database side of a file import (DD026), every method inside the import's one transaction:
 * the lines are staged in a temporary table, checked against the fund's data by a few joins (never
 * one query per line), then moved into draft declarations.
 */
public interface DeclarationImportRepository {

    /** A company's category, by code, as the file names it. */
    record Category(long id, String code, String label, boolean active) {
    }

    /** The company's periodicity (MONTHLY or QUARTERLY). */
    String periodicity(long companyId);

    /** The company's categories by code, active or not. */
    Map<String, Category> categories(long companyId);

    /**
     * Takes the company's row lock until the transaction ends: two imports of one company run one
     * after the other, so the second sees the first's declarations.
     */
    void lockCompany(long companyId);

    /** Creates the transaction's staging table (dropped at its end) and returns where to pour the lines. */
    LineStaging stage(StagingMethod method);

    /**
     * Every staged line the fund's data contradicts (first {@code max}, ordered by line), and every
     * category already declared for the period. A draft declared from another file is not a problem:
     * the import replaces it.
     */
    List<FundProblem> fundProblems(long companyId, DuePeriod period, Set<Long> grantedCategories, byte[] sha256,
                                   int max);

    /** The file as sent, its content streamed from the temporary file; returns its id. */
    long storeFile(long companyId, long accountId, String fileName, Path content, long sizeBytes, byte[] sha256);

    /**
     * Drops the drafts of an earlier file for the staged categories and period (the company sent a
     * corrected file), then creates one draft per staged category with its lines and totals.
     */
    List<CreatedDeclaration> createDrafts(long companyId, DuePeriod period, String periodicity, long fileId,
                                          long accountId);
}
