package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.affiliate.rules.YearPoints;

import java.math.BigDecimal;

/**
 * A line of the points statement: one year with one employer, what was declared and paid, the
 * points it bought, how, and the running total. Before 2003 the employee contributions were
 * managed by insurance companies, from 2003 by the fund itself.
 */
public record StatementLine(int year, String companyName, String adherentNumber, int months,
                            BigDecimal declaredSalary, BigDecimal employeeRate, BigDecimal employeeAmount,
                            BigDecimal employerAmount, YearPoints points, Nature nature, BigDecimal cumulativePoints,
                            ManagingBody managingBody) {

    /** Where points come from; the demo careers only have contributions so far. */
    public enum Nature { CONTRIBUTION, BUY_BACK, FREE_SICKNESS, RECALL }

    public enum ManagingBody { INSURANCE_COMPANY, FUND }

    static ManagingBody managingBody(int year) {
        return year < 2003 ? ManagingBody.INSURANCE_COMPANY : ManagingBody.FUND;
    }
}
