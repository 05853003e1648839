package ma.cimr.teleservices.affiliate.rules;

import ma.cimr.teleservices.shared.Refusal;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A year of an affiliate's contributions, all employers and months added up: the declared salary,
 * the employee's share and the employer's share (surcharge included), in dirhams.
 */
public record YearContributions(int year, BigDecimal declaredSalary, BigDecimal employeeAmount,
                                BigDecimal employerAmount) {

    public YearContributions {
        Objects.requireNonNull(declaredSalary);
        Objects.requireNonNull(employeeAmount);
        Objects.requireNonNull(employerAmount);
        if (declaredSalary.signum() < 0 || employeeAmount.signum() < 0 || employerAmount.signum() < 0) {
            throw new Refusal("points.error.negativeAmount");
        }
    }

    /** This year with another part of it added (another employer's contributions). */
    public YearContributions plus(BigDecimal salary, BigDecimal employeeShare, BigDecimal employerShare) {
        return new YearContributions(year, declaredSalary.add(salary), employeeAmount.add(employeeShare),
                employerAmount.add(employerShare));
    }

    /** A year with nothing declared, to compare with when the year before had no contributions. */
    public static YearContributions none(int year) {
        return new YearContributions(year, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
