package ma.cimr.teleservices.companyaccount.repository;

import ma.cimr.teleservices.declaration.DeclarationKind;
import ma.cimr.teleservices.declaration.DeclarationStatus;
import ma.cimr.teleservices.companyaccount.RecordedPayment;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the compte adhérent reads (DD029): the company, its declarations as the declaration feature
 * keeps them (read, never written, never copied), and the payments recorded here.
 */
public interface AccountReadModel {

    /** The company as the account names it; its periodicity says how to read its due periods. */
    record CompanyRow(long id, String adherentNumber, String legalName, String periodicity) {
    }

    /**
     * A declaration past its draft: its amount is its employee and employer contributions; the
     * dates are when it was filed, processed and cancelled (null when not).
     */
    record DeclarationRow(long id, LocalDate duePeriod, String periodicity, DeclarationKind kind, DeclarationStatus status,
                          String categoryCode, @Nullable Instant filedAt, @Nullable Instant processedAt,
                          @Nullable Instant cancelledAt, BigDecimal amount) {
    }

    /** The part of a payment that went to one period, with the payment's reference and value date. */
    record AllocationRow(LocalDate duePeriod, BigDecimal amount, String bankReference, LocalDate valueDate) {
    }

    Optional<CompanyRow> company(long companyId);

    Optional<CompanyRow> companyByAdherentNumber(String adherentNumber);

    List<DeclarationRow> declarations(long companyId);

    List<AllocationRow> allocations(long companyId);

    /** The latest payments recorded, newest first, for the staff's page. */
    List<RecordedPayment> latestPayments(int limit);

    /** The payment of that bank reference (already normalised), if recorded. */
    Optional<RecordedPayment> payment(String bankReference);
}
