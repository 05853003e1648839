package ma.cimr.teleservices.liquidation;

import java.time.Instant;

/** A line of a list of claims. */
public record ClaimSummary(String reference, String adherentNumber, String affiliate, String claimant, ClaimKind kind,
                           ClaimStatus status, Instant filedAt) {
}
