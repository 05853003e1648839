package ma.cimr.teleservices.companyaccount;

import ma.cimr.teleservices.shared.value.DuePeriod;

import java.math.BigDecimal;

/** The part of one payment that settles one due period. */
public record PaymentAllocation(DuePeriod period, BigDecimal amount) {
}
