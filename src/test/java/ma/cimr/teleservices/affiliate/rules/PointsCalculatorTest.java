package ma.cimr.teleservices.affiliate.rules;

import ma.cimr.teleservices.shared.Refusal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A year's contributions into points: the employer's surcharge buys nothing, a point costs 6 × the reference salary. */
class PointsCalculatorTest {

    private final PointsCalculator calculator = new PointsCalculator(SeededParameters.parameters());

    @Test
    void theEmployersSurchargeBuysNoPoints() {
        // 120 000 DH at 6 % / 7.80 %: 7 200 + 9 360 ÷ 1.30 = 14 400, twice the employee's share
        assertThat(calculator.rightsGenerating(2008, new BigDecimal("7200.00"), new BigDecimal("9360.00")))
                .isEqualByComparingTo("14400.00");
    }

    @Test
    void aYearsPointsAreItsRightsGeneratingContributionsAtThatYearsPointPrice() {
        var points = calculator.points(new YearContributions(2008, new BigDecimal("120000.00"),
                new BigDecimal("7200.00"), new BigDecimal("9360.00")));
        // 14 400 ÷ (6 × 17.91 = 107.46) = 134.0033…
        assertThat(points.pointPrice()).isEqualByComparingTo("107.46");
        assertThat(points.points()).isEqualByComparingTo("134.00");
        assertThat(points.explanation().key()).isEqualTo("points.year.points");
        assertThat(points.explanation().arguments()).hasSize(9)
                .contains(new Argument.Year(2008), new Argument.Points(new BigDecimal("134.00")));
    }

    @Test
    void theSameContributionsBuyFewerPointsWhenThePointCostsMore() {
        var in1995 = calculator.points(new YearContributions(1995, new BigDecimal("120000.00"),
                new BigDecimal("7200.00"), new BigDecimal("9360.00")));
        // 14 400 ÷ 62.40 = 230.769… → 230.77
        assertThat(in1995.points()).isEqualByComparingTo("230.77");
    }

    @Test
    void thePublishedRoundedEmployerRateGivesAFewCentimesMore() {
        // step 3.75 % / 4.88 % (1.3 × 3.75 = 4.875) on 100 000 DH: 3 750 + 4 880 ÷ 1.30 = 7 503.85, not 7 500
        assertThat(calculator.rightsGenerating(2026, new BigDecimal("3750.00"), new BigDecimal("4880.00")))
                .isEqualByComparingTo("7503.85");
    }

    @Test
    void pointsAreRoundedHalfUpToTheHundredth() {
        // 53.73 ÷ 107.46 = 0.5 exactly; 16.12 ÷ 107.46 = 0.150009… ; 0.5373 DH would be 0.005 → 0.01
        assertThat(calculator.points(contributionsBuying(2008, "53.73")).points()).isEqualByComparingTo("0.50");
        assertThat(calculator.points(contributionsBuying(2008, "0.54")).points()).isEqualByComparingTo("0.01");
        assertThat(calculator.points(contributionsBuying(2008, "0.53")).points()).isEqualByComparingTo("0.00");
    }

    @Test
    void aYearWithoutContributionsBuysNothing() {
        assertThat(calculator.points(YearContributions.none(2020)).points()).isEqualByComparingTo("0");
    }

    @Test
    void aYearBeforeTheTablesIsNotPricedAndSaysSoRatherThanGuessing() {
        assertThat(calculator.prices(1980)).isTrue();
        assertThat(calculator.prices(1979)).isFalse();
        assertThat(PointsCalculator.unpriced(1979)).isEqualTo(Explanation.of("points.year.unpriced", new Argument.Year(1979)));
    }

    @Test
    void aPaidBuyBackBuysItsAmountAtTheYearsPointPrice() {
        // 30 000 ÷ 107.46 = 279.173… → 279.17, as the simulator prices a buy-back
        Figure bought = calculator.pointsBought(2008, new BigDecimal("30000"));
        assertThat(bought.value()).isEqualByComparingTo("279.17");
        assertThat(bought.explanation().key()).isEqualTo("points.sim.buyBack.fromAmount");
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> calculator.pointsBought(2008, BigDecimal.ZERO))
                .withMessage("points.error.buyBackAmount");
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> new YearContributions(2020, BigDecimal.ONE,
                new BigDecimal("-1"), BigDecimal.ZERO)).withMessage("points.error.negativeAmount");
    }

    /** Contributions whose rights-generating part is exactly {@code amount}: all employee share. */
    private static YearContributions contributionsBuying(int year, String amount) {
        return new YearContributions(year, new BigDecimal("1000.00"), new BigDecimal(amount), BigDecimal.ZERO);
    }
}
