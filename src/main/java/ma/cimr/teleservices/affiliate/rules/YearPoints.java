package ma.cimr.teleservices.affiliate.rules;

import java.math.BigDecimal;

/**
 * The points a year's contributions bought: the rights-generating contributions (dirhams, to the
 * centime) divided by that year's point price, to the hundredth of a point.
 */
public record YearPoints(int year, BigDecimal rightsGenerating, BigDecimal pointPrice, BigDecimal points,
                         Explanation explanation) {
}
