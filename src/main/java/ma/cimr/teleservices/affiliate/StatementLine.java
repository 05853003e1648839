package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.affiliate.rules.Explanation;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * A line of the points statement: one year and where its points come from (contributions to one
 * employer, or points granted), the points, how they were obtained, and the running total. Before
 * 2003 the employee contributions were managed by insurance companies, from 2003 by the fund itself.
 *
 * @param source        the employer's name on a line of contributions; what points granted rest on
 *                      (the buy-back request's reference, the sick-leave file's number)
 * @param contributions what was declared and paid, on a line of contributions; null otherwise
 * @param points        null when the year has no point price in the fund's tables: the explanation
 *                      then says so, and the line adds nothing to the total
 */
public record StatementLine(int year, Nature nature, String source, @Nullable Contributions contributions,
                            @Nullable BigDecimal points, Explanation explanation, BigDecimal cumulativePoints,
                            ManagingBody managingBody) {

    /** Where points come from; recall is not produced yet (see DD015). */
    public enum Nature { CONTRIBUTION, BUY_BACK, FREE_SICKNESS, RECALL }

    public enum ManagingBody { INSURANCE_COMPANY, FUND }

    /** One year of contributions with one employer, as declared and paid. */
    public record Contributions(String adherentNumber, int months, BigDecimal declaredSalary, BigDecimal employeeRate,
                                BigDecimal employeeAmount, BigDecimal employerAmount) {

        /** The employee's and the employer's shares. */
        public BigDecimal total() {
            return employeeAmount.add(employerAmount);
        }
    }

    /** Whether the line's points could be computed: false for a year the fund's tables do not price. */
    public boolean priced() {
        return points != null;
    }

    /** The points the line adds to the total: none when it is not priced. */
    public BigDecimal pointsCounted() {
        return points == null ? BigDecimal.ZERO : points;
    }

    StatementLine withCumulativePoints(BigDecimal cumulative) {
        return new StatementLine(year, nature, source, contributions, points, explanation, cumulative, managingBody);
    }

    static ManagingBody managingBody(int year) {
        return year < 2003 ? ManagingBody.INSURANCE_COMPANY : ManagingBody.FUND;
    }
}
