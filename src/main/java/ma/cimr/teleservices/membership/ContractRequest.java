package ma.cimr.teleservices.membership;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A member company's request about its contract, as filed: an extension (the new category, its
 * staff and step), a rate change (the category and the step, from a month on) or the options
 * wanted; its service request, and what became of it.
 */
public record ContractRequest(long id, String legalName, String adherentNumber, ContractKind kind, Status status,
                              @Nullable Long categoryId, @Nullable String categoryCode, @Nullable String categoryLabel,
                              @Nullable Integer headcount, @Nullable BigDecimal yearlyPayroll, @Nullable Integer rateStep,
                              @Nullable BigDecimal employeeRate, @Nullable BigDecimal employerRate, LocalDate appliesFrom,
                              @Nullable Boolean moubakkir, @Nullable Boolean mousabbak, String requestReference,
                              Instant filedAt, @Nullable String refusalReason) {

    public enum Status { PENDING, ACCEPTED, REFUSED }
}
