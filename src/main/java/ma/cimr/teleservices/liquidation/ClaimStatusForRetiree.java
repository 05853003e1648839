package ma.cimr.teleservices.liquidation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the retiree's space shows of the claim behind a pension not paid yet (DD035): the claim's
 * reference and status, when it was filed and liquidated, and from when and how much it pays.
 */
public record ClaimStatusForRetiree(String reference, ClaimStatus status, Instant filedAt, Instant liquidatedAt,
                                    LocalDate pensionStart, BigDecimal monthlyAmount) {
}
