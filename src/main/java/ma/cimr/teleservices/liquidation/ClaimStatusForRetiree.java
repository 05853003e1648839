package ma.cimr.teleservices.liquidation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the retiree's space shows of the claim behind a pension not paid yet (DD035): the claim's
 * reference and status, when it was filed and liquidated, from when and how much it pays, and its
 * steps. A step says what happened and when, never who at the fund nor the notes staff wrote for the
 * company: those are the company's and staff's business.
 */
public record ClaimStatusForRetiree(String reference, ClaimStatus status, Instant filedAt, Instant liquidatedAt,
                                    LocalDate pensionStart, BigDecimal monthlyAmount, List<Step> steps) {

    public ClaimStatusForRetiree {
        steps = List.copyOf(steps);
    }

    /** One step of the claim's timeline, oldest first. */
    public record Step(Instant at, ClaimEventKind kind) {
    }
}
