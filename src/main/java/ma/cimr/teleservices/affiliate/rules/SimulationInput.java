package ma.cimr.teleservices.affiliate.rules;

import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the affiliate tells the simulator. Rates and growth are in percent (6 for 6 %); the
 * salary is annual, in dirhams; the buy-back is given as an amount or as a number of points, or not
 * at all (both null). An impossible input is refused with a {@link Refusal} whose key says what is
 * wrong.
 *
 * @param currentPoints the points on the latest statement: acquired up to the end of last year
 * @param employeeRate  the employee's contribution rate; the employer's share that buys points is equal to it
 * @param salaryGrowth  the yearly salary growth assumed until retirement (may be negative)
 */
public record SimulationInput(LocalDate birthDate, BigDecimal currentPoints, BigDecimal annualSalary,
                              BigDecimal employeeRate, int retirementAge, BigDecimal salaryGrowth,
                              @Nullable BigDecimal buyBackAmount, @Nullable BigDecimal buyBackPoints,
                              boolean mousabbak, BigDecimal marginalTaxRate) {

    public static final int EARLIEST_AGE = 50;
    public static final int LATEST_AGE = 70;

    public SimulationInput {
        Objects.requireNonNull(birthDate);
        Objects.requireNonNull(currentPoints);
        Objects.requireNonNull(annualSalary);
        Objects.requireNonNull(employeeRate);
        Objects.requireNonNull(salaryGrowth);
        Objects.requireNonNull(marginalTaxRate);
        if (retirementAge < EARLIEST_AGE || retirementAge > LATEST_AGE) {
            throw new Refusal("points.error.retirementAge");
        }
        if (buyBackAmount != null && buyBackPoints != null) {
            throw new Refusal("points.error.amountAndPoints");
        }
        if (currentPoints.signum() < 0 || annualSalary.signum() < 0
                || (buyBackAmount != null && buyBackAmount.signum() < 0)
                || (buyBackPoints != null && buyBackPoints.signum() < 0)) {
            throw new Refusal("points.error.negativeAmount");
        }
        if (employeeRate.signum() <= 0 || employeeRate.compareTo(Rounding.HUNDRED) > 0) {
            throw new Refusal("points.error.rate");
        }
        if (salaryGrowth.compareTo(Rounding.HUNDRED.negate()) <= 0 || salaryGrowth.compareTo(Rounding.HUNDRED) > 0) {
            throw new Refusal("points.error.salaryGrowth");
        }
        if (marginalTaxRate.signum() < 0 || marginalTaxRate.compareTo(Rounding.HUNDRED) >= 0) {
            throw new Refusal("points.error.taxRate");
        }
    }
}
