package ma.cimr.teleservices.company;

import java.math.BigDecimal;

/** A category of staff declared separately, with its rates in percent of the salary. */
public record ContributionCategory(String code, String label, BigDecimal employeeRate, BigDecimal employerRate,
                                   boolean active) {
}
