package ma.cimr.teleservices.affiliate.rules;

import ma.cimr.teleservices.affiliate.rules.PointsChange.Cause;
import ma.cimr.teleservices.affiliate.rules.PointsChange.Part;
import ma.cimr.teleservices.shared.Refusal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** "Why did my points change?" on cases small enough to check by hand. */
class PointsChangeTest {

    private final PensionParameters parameters = SeededParameters.parameters();

    @Test
    void aRaiseAloneIsAllSalary() {
        // 2010 and 2011 share the point price: 120 000 → 132 000 DH at 6 %
        var change = PointsChange.explain(year(2010, "120000", "6"), year(2011, "132000", "6"), parameters);
        assertThat(change.previous().points()).isEqualByComparingTo("134.00");
        assertThat(change.current().points()).isEqualByComparingTo("147.40");
        assertThat(change.difference()).isEqualByComparingTo("13.40");
        assertThat(part(change, Cause.SALARY).points()).isEqualByComparingTo("13.40");
        assertThat(part(change, Cause.RATE).points()).isEqualByComparingTo("0");
        assertThat(part(change, Cause.POINT_PRICE).points()).isEqualByComparingTo("0");
        assertThat(part(change, Cause.SALARY).explanation().key()).isEqualTo("points.change.salary.more");
        assertThat(part(change, Cause.RATE).explanation().key()).isEqualTo("points.change.rate.none");
        assertThat(change.summary().key()).isEqualTo("points.change.summary.more");
    }

    @Test
    void aDearerPointAloneIsAllPointPrice() {
        // 2007 → 2008: the point goes from 6 × 17.22 = 103.32 to 6 × 17.91 = 107.46 DH
        var change = PointsChange.explain(year(2007, "120000", "6"), year(2008, "120000", "6"), parameters);
        // 14 400 ÷ 103.32 = 139.37; 14 400 ÷ 107.46 = 134.00
        assertThat(change.difference()).isEqualByComparingTo("-5.37");
        assertThat(part(change, Cause.POINT_PRICE).points()).isEqualByComparingTo("-5.37");
        assertThat(part(change, Cause.POINT_PRICE).explanation().key()).isEqualTo("points.change.price.less");
        assertThat(part(change, Cause.SALARY).points()).isEqualByComparingTo("0");
        assertThat(change.summary().key()).isEqualTo("points.change.summary.less");
    }

    @Test
    void threeChangesAtOnceAreSharedAndAddUpToTheDifferenceShown() {
        // 2007 → 2008: raise to 150 000 DH, rate from 3 % to 6 %, dearer point
        var change = PointsChange.explain(year(2007, "100000", "3"), year(2008, "150000", "6"), parameters);
        // 6 000 ÷ 103.32 = 58.07 ; 18 000 ÷ 107.46 = 167.50
        assertThat(change.difference()).isEqualByComparingTo("109.43");
        assertThat(sumOfParts(change)).isEqualByComparingTo(change.difference());
        assertThat(part(change, Cause.SALARY).points()).isPositive();
        assertThat(part(change, Cause.RATE).points()).isPositive();
        assertThat(part(change, Cause.POINT_PRICE).points()).isNegative();
        // Shapley: the rate doubled, so its part outweighs the salary's half again
        assertThat(part(change, Cause.RATE).points()).isGreaterThan(part(change, Cause.SALARY).points());
    }

    @Test
    void aFirstYearOfContributionsIsAllSalary() {
        var change = PointsChange.explain(YearContributions.none(2019), year(2020, "90000", "6"), parameters);
        assertThat(change.difference()).isEqualByComparingTo(change.current().points());
        assertThat(part(change, Cause.SALARY).points()).isEqualByComparingTo(change.difference());
        assertThat(part(change, Cause.RATE).points()).isEqualByComparingTo("0");
        assertThat(part(change, Cause.POINT_PRICE).points()).isEqualByComparingTo("0");
    }

    @Test
    void everyPartSaysFromWhatToWhatAndHowManyPoints() {
        var change = PointsChange.explain(year(2007, "100000", "3"), year(2008, "150000", "6"), parameters);
        Part salary = part(change, Cause.SALARY);
        assertThat(salary.explanation().arguments()).containsExactly(
                new Argument.Money(new BigDecimal("100000.00")), new Argument.Money(new BigDecimal("150000.00")),
                new Argument.Points(salary.points().abs()), new Argument.Year(2007), new Argument.Year(2008));
        assertThat(part(change, Cause.RATE).explanation().arguments().subList(0, 2)).containsExactly(
                new Argument.Percent(new BigDecimal("6.00")), new Argument.Percent(new BigDecimal("12.00")));
    }

    @Test
    void onlyConsecutiveYearsAreCompared() {
        assertThatExceptionOfType(Refusal.class)
                .isThrownBy(() -> PointsChange.explain(year(2010, "1000", "6"), year(2012, "1000", "6"), parameters))
                .withMessage("points.error.notConsecutiveYears");
    }

    /** A year at one employer paying {@code rate} % and 1.3 × that. */
    static YearContributions year(int year, String salary, String rate) {
        BigDecimal declared = new BigDecimal(salary).setScale(2);
        BigDecimal employee = declared.multiply(new BigDecimal(rate)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal employer = employee.multiply(new BigDecimal("1.3")).setScale(2, RoundingMode.HALF_UP);
        return new YearContributions(year, declared, employee, employer);
    }

    static Part part(PointsChange change, Cause cause) {
        return change.parts().stream().filter(p -> p.cause() == cause).findFirst().orElseThrow();
    }

    static BigDecimal sumOfParts(PointsChange change) {
        return change.parts().stream().map(Part::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
