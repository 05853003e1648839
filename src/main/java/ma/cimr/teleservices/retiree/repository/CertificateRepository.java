package ma.cimr.teleservices.retiree.repository;

import ma.cimr.teleservices.retiree.Certificate;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Certificates issued, by code and by holder, and each January's tax batch. */
public interface CertificateRepository {

    void add(long retireeId, String code, Certificate.Kind kind, @Nullable Integer taxYear, Instant issuedAt, LocalDate validUntil);

    List<Certificate> ofRetiree(long retireeId);

    Optional<Held> findByCode(String code);

    record Held(long retireeId, String holderName, String pensionFileNumber, Certificate certificate) {
    }

    /** The pension's valid pension certificates are revoked; how many. */
    int revokePensionCertificates(long retireeId, Instant at);

    /**
     * A tax certificate for the year to every pension with a month paid in it and none yet; codes
     * drawn by the database's random, a collision simply skipped and drawn again by the caller's
     * next call. How many were issued.
     */
    int issueTaxCertificates(int year, Instant issuedAt, LocalDate validUntil);

    Optional<TaxBatch> taxBatch(int year);

    /** Every batch recorded, oldest year first: a handful of rows, one a year. */
    List<TaxBatch> taxBatches();

    record TaxBatch(int year, Instant finishedAt, int certificates) {
    }

    void recordTaxBatch(int year, Instant finishedAt, int certificates);
}
