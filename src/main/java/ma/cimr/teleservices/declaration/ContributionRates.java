package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.shared.value.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rates, in percent of the salary, a category's contributions are computed with for one due
 * period. The form and the file both price their lines here, so what a company owes never depends
 * on how it declared, and never on an amount it typed. Each share is rounded to the centime,
 * half-up, on its own line, as the fund's statements print it.
 */
public record ContributionRates(BigDecimal employeeRate, BigDecimal employerRate) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ContributionRates {
        if (employeeRate.signum() <= 0 || employerRate.signum() <= 0) {
            throw new IllegalArgumentException("a contribution rate is positive");
        }
    }

    public Money employeeAmount(Money salary) {
        return share(salary, employeeRate);
    }

    public Money employerAmount(Money salary) {
        return share(salary, employerRate);
    }

    private static Money share(Money salary, BigDecimal rate) {
        return Money.of(salary.amount().multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP));
    }
}
