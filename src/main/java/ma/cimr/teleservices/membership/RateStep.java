package ma.cimr.teleservices.membership;

import ma.cimr.teleservices.affiliate.rules.PensionParameters.Product;

import java.math.BigDecimal;

/**
 * One step of a product's rate scale that a company may choose, in percent of the salary, the
 * employer rate including its surcharge; illustrative when the fund has not published it.
 */
public record RateStep(Product product, int step, BigDecimal employeeRate, BigDecimal employerRate,
                       boolean illustrative) {
}
