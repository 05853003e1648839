package ma.cimr.teleservices.easypayment;

import java.time.Instant;

/** A validator's confirmation of one version of an order. */
public record Confirmation(String validatorLogin, int version, Instant confirmedAt) {
}
