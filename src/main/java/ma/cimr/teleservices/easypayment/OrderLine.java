package ma.cimr.teleservices.easypayment;

import ma.cimr.teleservices.shared.value.DuePeriod;

import java.math.BigDecimal;

/** The part of a payment order that settles one due period. */
public record OrderLine(DuePeriod period, BigDecimal amount) {
}
