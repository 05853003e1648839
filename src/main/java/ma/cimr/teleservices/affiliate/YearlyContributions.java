package ma.cimr.teleservices.affiliate;

import java.math.BigDecimal;

/** One year of contributions with one employer. */
public record YearlyContributions(int year, String companyName, String adherentNumber, int months, BigDecimal declaredSalary,
                                  BigDecimal employeeAmount, BigDecimal employerAmount) {
}
