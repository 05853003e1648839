package ma.cimr.teleservices.affiliate.rules;

import ma.cimr.teleservices.affiliate.rules.PointsChange.Cause;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static ma.cimr.teleservices.affiliate.rules.PointsChangeTest.part;
import static ma.cimr.teleservices.affiliate.rules.PointsChangeTest.sumOfParts;
import static org.assertj.core.api.Assertions.assertThat;

/** The decomposition over any two consecutive years of 1996–2026, any salaries and any employer rates. */
class PointsChangeProperties {

    private final PensionParameters parameters = SeededParameters.parameters();

    @Property(tries = 1000)
    void thePartsAddUpExactlyToTheDifferenceOfThePointsShown(@ForAll @IntRange(min = 1996, max = 2026) int year,
                                                             @ForAll("contributions") BigDecimal[] before,
                                                             @ForAll("contributions") BigDecimal[] after) {
        var change = PointsChange.explain(contributions(year - 1, before), contributions(year, after), parameters);
        assertThat(change.difference())
                .isEqualByComparingTo(change.current().points().subtract(change.previous().points()));
        assertThat(sumOfParts(change)).isEqualByComparingTo(change.difference());
        assertThat(change.parts()).extracting(PointsChange.Part::points).allSatisfy(p -> assertThat(p.scale()).isEqualTo(2));
    }

    @Property(tries = 500)
    void roundingMovesAPartByTwoHundredthsAtMost(@ForAll @IntRange(min = 1996, max = 2026) int year,
                                                 @ForAll("contributions") BigDecimal[] before,
                                                 @ForAll("contributions") BigDecimal[] after) {
        // with a year without salary there is no rate to compare: all goes to the salary (see PointsChangeTest)
        Assume.that(before[0].signum() > 0 && after[0].signum() > 0);
        var previous = contributions(year - 1, before);
        var current = contributions(year, after);
        var change = PointsChange.explain(previous, current, parameters);
        // the exact Shapley parts of salary × rate × (1 ÷ price)
        BigDecimal[] from = factors(change.previous(), previous.declaredSalary());
        BigDecimal[] to = factors(change.current(), current.declaredSalary());
        BigDecimal[] exact = PointsChange.shapley(from, to);
        for (Cause cause : Cause.values()) {
            assertThat(part(change, cause).points().subtract(exact[cause.ordinal()]).abs())
                    .isLessThanOrEqualTo(new BigDecimal("0.025"));
        }
    }

    @Property(tries = 300)
    void aChangeOfSalaryAloneIsNeverPutOnTheRateOrThePrice(@ForAll @IntRange(min = 2010, max = 2026) int year,
                                                           @ForAll("contributions") BigDecimal[] before,
                                                           @ForAll @IntRange(min = 50, max = 200) int percentOfSalary) {
        // same rate, and from 2009 on the seeded point price does not move
        BigDecimal factor = BigDecimal.valueOf(percentOfSalary).movePointLeft(2);
        BigDecimal[] after = {before[0].multiply(factor).setScale(2, RoundingMode.HALF_UP), before[1]};
        var change = PointsChange.explain(contributions(year - 1, before), contributions(year, after), parameters);
        assertThat(part(change, Cause.POINT_PRICE).points().abs()).isLessThanOrEqualTo(new BigDecimal("0.02"));
        assertThat(part(change, Cause.RATE).points().abs()).isLessThanOrEqualTo(new BigDecimal("0.02"));
    }

    /** {salary, employee rate in percent}; one year in ten without any salary. */
    @Provide
    Arbitrary<BigDecimal[]> contributions() {
        Arbitrary<BigDecimal> salary = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(BigDecimal.ZERO.setScale(2))),
                Tuple.of(9, Arbitraries.bigDecimals().between(new BigDecimal("1000"), new BigDecimal("2000000")).ofScale(2)));
        Arbitrary<BigDecimal> rate = Arbitraries.of("3.00", "3.75", "4.50", "5.25", "6.00", "7.00", "7.50", "8.00",
                "8.50", "9.00", "9.50", "10.00").map(BigDecimal::new);
        return Combinators.combine(salary, rate).as((s, r) -> new BigDecimal[] {s, r});
    }

    private static YearContributions contributions(int year, BigDecimal[] salaryAndRate) {
        BigDecimal employee = salaryAndRate[0].multiply(salaryAndRate[1]).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal employer = employee.multiply(new BigDecimal("1.3")).setScale(2, RoundingMode.HALF_UP);
        return new YearContributions(year, salaryAndRate[0], employee, employer);
    }

    private static BigDecimal[] factors(YearPoints points, BigDecimal salary) {
        BigDecimal rate = salary.signum() == 0 ? BigDecimal.ZERO : points.rightsGenerating().divide(salary, Rounding.EXACT);
        return new BigDecimal[] {salary, rate, BigDecimal.ONE.divide(points.pointPrice(), Rounding.EXACT)};
    }
}
