package ma.cimr.teleservices.affiliate.rules;

import ma.cimr.teleservices.affiliate.rules.Simulation.Age;
import ma.cimr.teleservices.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The simulator's rules, on the seeded parameters, on 22 November 2026. */
class PensionSimulatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** Turns 50 in 2030: every age from 50 to 70 is still to come. */
    static final LocalDate BORN_1980 = LocalDate.of(1980, 1, 1);

    private final PensionSimulator simulator = new PensionSimulator(SeededParameters.parameters());

    @Test
    void thePublishedExampleA30000DirhamBuyBackCostsAbout18600AfterA38PercentDeduction() {
        var simulation = simulator.simulate(input(60).buyBackAmount("30000").marginalTaxRate("38").build(), TODAY);
        assertThat(simulation.buyBackCost().value()).isEqualByComparingTo("30000.00");
        assertThat(simulation.buyBackNetCost().value()).isEqualByComparingTo("18600.00");
        assertThat(simulation.buyBackNetCost().explanation()).isEqualTo(Explanation.of("points.sim.buyBack.netCost",
                new Argument.Money(new BigDecimal("30000.00")), new Argument.Percent(new BigDecimal("38")),
                new Argument.Money(new BigDecimal("18600.00"))));
    }

    /** Every figure of one case, worked out by hand. */
    @Test
    void aWholeSimulationByHand() {
        // born 15 March 1976, retires at 60 on 15 March 2036; 1 000 points; 120 000 DH a year at 6 %, no growth
        var input = new Builder(LocalDate.of(1976, 3, 15), 60).points("1000").salary("120000").rate("6")
                .buyBackAmount("30000").marginalTaxRate("38").build();
        var simulation = simulator.simulate(input, TODAY);

        assertThat(simulation.retirementDate()).isEqualTo(LocalDate.of(2036, 3, 15));
        // 2026 to 2035: 12 months, 14 400 DH buying points ÷ 107.46 = 134.00 a year; 2036: 3 months (March begun) = 33.50
        assertThat(simulation.projection()).hasSize(11);
        assertThat(simulation.projection().getLast().months()).isEqualTo(3);
        assertThat(simulation.projection().getLast().points()).isEqualByComparingTo("33.50");
        assertThat(simulation.projectedPoints().value()).isEqualByComparingTo("1373.50");
        assertThat(simulation.coefficient().value()).isEqualByComparingTo("1");
        assertThat(simulation.liquidationValue().value()).isEqualByComparingTo("11.64");

        // 2 373.50 points × 11.64 = 27 627.54 a year, 2 302.30 a month
        assertThat(simulation.withoutBuyBack().points().value()).isEqualByComparingTo("2373.50");
        assertThat(simulation.withoutBuyBack().annual().value()).isEqualByComparingTo("27627.54");
        assertThat(simulation.withoutBuyBack().monthly().value()).isEqualByComparingTo("2302.30");
        // 30 000 ÷ 107.46 = 279.17 points; 2 652.67 × 11.64 = 30 877.08 a year, 2 573.09 a month
        assertThat(simulation.buyBackPoints().value()).isEqualByComparingTo("279.17");
        assertThat(simulation.withBuyBack().annual().value()).isEqualByComparingTo("30877.08");
        assertThat(simulation.withBuyBack().monthly().value()).isEqualByComparingTo("2573.09");
        assertThat(simulation.extraMonthlyPension().value()).isEqualByComparingTo("270.79");

        // 18 600 ÷ 270.79 = 68.7: paid back by the 69th payment, 68 months after 60
        assertThat(simulation.breakEven().age()).isEqualTo(new Age(65, 8));
        assertThat(simulation.breakEven().explanation().key()).isEqualTo("points.sim.breakEven.reached");
        assertThat(simulation.mousabbakSurcharge()).isNull();
    }

    @ParameterizedTest(name = "at {0}: coefficient {1}")
    @CsvSource({"50, 0.520, points.sim.coefficient.early", "55, 0.720, points.sim.coefficient.early",
            "60, 1.000, points.sim.coefficient.normal", "70, 1.600, points.sim.coefficient.late"})
    void theEdgeAgesTakeTheirCoefficient(int age, String coefficient, String key) {
        var simulation = simulator.simulate(input(age).build(), TODAY);
        assertThat(simulation.coefficient().value()).isEqualByComparingTo(coefficient);
        assertThat(simulation.coefficient().explanation().key()).isEqualTo(key);
        BigDecimal points = simulation.withoutBuyBack().points().value();
        assertThat(simulation.withoutBuyBack().annual().value()).isEqualByComparingTo(
                points.multiply(new BigDecimal("11.64")).multiply(new BigDecimal(coefficient)).setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    void retiringLaterGivesMorePointsAndAHigherCoefficient() {
        BigDecimal previous = BigDecimal.ZERO;
        for (int age = 50; age <= 70; age++) {
            BigDecimal monthly = simulator.simulate(input(age).build(), TODAY).withoutBuyBack().monthly().value();
            assertThat(monthly).as("monthly pension at " + age).isGreaterThan(previous);
            previous = monthly;
        }
    }

    @Test
    void mousabbakRemovesTheReductionFrom55To59Only() {
        var at55 = simulator.simulate(input(55).mousabbak().build(), TODAY);
        assertThat(at55.coefficient().value()).isEqualByComparingTo("1");
        assertThat(at55.coefficient().explanation()).isEqualTo(Explanation.of("points.sim.coefficient.mousabbak",
                new Argument.Count(55), new Argument.Factor(new BigDecimal("0.720"))));
        BigDecimal points = at55.withoutBuyBack().points().value();
        assertThat(at55.withoutBuyBack().annual().value())
                .isEqualByComparingTo(points.multiply(new BigDecimal("11.64")).setScale(2, RoundingMode.HALF_UP));

        assertThat(simulator.simulate(input(59).mousabbak().build(), TODAY).coefficient().value()).isEqualByComparingTo("1");
        assertThat(simulator.simulate(input(54).mousabbak().build(), TODAY).coefficient().value()).isEqualByComparingTo("0.68");
        assertThat(simulator.simulate(input(62).mousabbak().build(), TODAY).coefficient().value()).isEqualByComparingTo("1.12");
    }

    @Test
    void mousabbakCostsThirtyEightPointEightNinePercentMoreContributionsAndBuysNoPoints() {
        var with = simulator.simulate(input(55).mousabbak().build(), TODAY);
        var without = simulator.simulate(input(55).build(), TODAY);
        // 120 000 × 6 % × (1 + 1.30) = 16 560 DH a year; × 38.89 % = 6 440.18
        assertThat(with.mousabbakSurcharge()).isNotNull();
        assertThat(with.mousabbakSurcharge().value()).isEqualByComparingTo("6440.18");
        assertThat(with.withoutBuyBack().points().value()).isEqualByComparingTo(without.withoutBuyBack().points().value());
    }

    @Test
    void aBuyBackGivenInPointsIsPricedAtThisYearsPointPrice() {
        var simulation = simulator.simulate(input(60).buyBackPoints("100").build(), TODAY);
        assertThat(simulation.buyBackCost().value()).isEqualByComparingTo("10746.00");
        assertThat(simulation.buyBackPoints().value()).isEqualByComparingTo("100");
        assertThat(simulation.withBuyBack().points().value())
                .isEqualByComparingTo(simulation.withoutBuyBack().points().value().add(new BigDecimal("100")));
    }

    @Test
    void withoutABuyBackBothColumnsAreTheSameAndThereIsNothingToPayBack() {
        var simulation = simulator.simulate(input(60).build(), TODAY);
        assertThat(simulation.withBuyBack().monthly().value()).isEqualByComparingTo(simulation.withoutBuyBack().monthly().value());
        assertThat(simulation.buyBackNetCost().value()).isEqualByComparingTo("0");
        assertThat(simulation.breakEven().age()).isNull();
        assertThat(simulation.breakEven().explanation().key()).isEqualTo("points.sim.breakEven.noBuyBack");
    }

    @Test
    void aBuyBackPaysForItselfWithinYearsEvenAt70() {
        // one point at 70: 11.64 × 1.60 = 18.62 DH a year, about 1.55 a month; 107.46 DH need about 70 payments
        var late = simulator.simulate(input(70).buyBackPoints("1").build(), TODAY);
        assertThat(late.breakEven().age()).isNotNull();
        assertThat(late.breakEven().age().years()).isEqualTo(75);
    }

    @Test
    void aBuyBackThatWouldNotPayForItselfBefore100NeverDoes() {
        // a point paying 0.10 DH a year would take over a thousand years to pay back its 107.46 DH
        var liquidation = List.of(new PensionParameters.YearValue(2002, new BigDecimal("0.10"), true));
        var poor = new PensionSimulator(new PensionParameters(SeededParameters.purchaseValues(), liquidation,
                SeededParameters.revaluations(), SeededParameters.ageCoefficients(), SeededParameters.alKamilRates(),
                SeededParameters.scalars()));
        var simulation = poor.simulate(input(60).buyBackPoints("100").build(), TODAY);
        assertThat(simulation.extraMonthlyPension().value()).isPositive();
        assertThat(simulation.breakEven().age()).isNull();
        assertThat(simulation.breakEven().explanation().key()).isEqualTo("points.sim.breakEven.never");
    }

    @Test
    void salaryGrowthCompoundsYearAfterYear() {
        var simulation = simulator.simulate(input(60).growth("2").build(), TODAY);
        var projection = simulation.projection();
        assertThat(projection.getFirst().salary()).isEqualByComparingTo("120000.00");
        assertThat(projection.get(1).salary()).isEqualByComparingTo("122400.00");
        assertThat(projection.get(2).salary()).isEqualByComparingTo("124848.00");
        // born 1 January: the year of the 60th birthday has no month begun before it
        assertThat(projection.getLast().year()).isEqualTo(2039);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"49", "71", "0", "100"})
    void aRetirementAgeOutside50To70IsRefused(int age) {
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> input(age).build())
                .withMessage("points.error.retirementAge");
    }

    @Test
    void invalidInputsAreRefusedWithTheKeyOfTheirMessage() {
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> input(60).buyBackAmount("-1").build())
                .withMessage("points.error.negativeAmount");
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> input(60).buyBackPoints("-0.01").build())
                .withMessage("points.error.negativeAmount");
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> input(60).salary("-120000").build())
                .withMessage("points.error.negativeAmount");
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> input(60).buyBackAmount("1000").buyBackPoints("10").build())
                .withMessage("points.error.amountAndPoints");
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> input(60).marginalTaxRate("100").build())
                .withMessage("points.error.taxRate");
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> input(60).marginalTaxRate("-1").build())
                .withMessage("points.error.taxRate");
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> input(60).rate("0").build())
                .withMessage("points.error.rate");
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> input(60).growth("-100").build())
                .withMessage("points.error.salaryGrowth");
    }

    @Test
    void anAgeAlreadyReachedIsRefused() {
        var input = new Builder(LocalDate.of(1970, 6, 1), 55).build();
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> simulator.simulate(input, TODAY))
                .withMessage("points.error.retirementAgePassed");
    }

    static Builder input(int age) {
        return new Builder(BORN_1980, age);
    }

    /** Inputs with sensible defaults: 1 000 points, 120 000 DH a year at 6 %, no growth, no buy-back, no tax. */
    static final class Builder {
        private final LocalDate birthDate;
        private final int age;
        private BigDecimal points = new BigDecimal("1000");
        private BigDecimal salary = new BigDecimal("120000");
        private BigDecimal rate = new BigDecimal("6");
        private BigDecimal growth = BigDecimal.ZERO;
        private BigDecimal amount;
        private BigDecimal boughtPoints;
        private boolean mousabbak;
        private BigDecimal tax = BigDecimal.ZERO;

        Builder(LocalDate birthDate, int age) {
            this.birthDate = birthDate;
            this.age = age;
        }

        Builder points(String value) { points = new BigDecimal(value); return this; }
        Builder salary(String value) { salary = new BigDecimal(value); return this; }
        Builder rate(String value) { rate = new BigDecimal(value); return this; }
        Builder growth(String value) { growth = new BigDecimal(value); return this; }
        Builder buyBackAmount(String value) { amount = new BigDecimal(value); return this; }
        Builder buyBackPoints(String value) { boughtPoints = new BigDecimal(value); return this; }
        Builder mousabbak() { mousabbak = true; return this; }
        Builder marginalTaxRate(String value) { tax = new BigDecimal(value); return this; }

        SimulationInput build() {
            return new SimulationInput(birthDate, points, salary, rate, age, growth, amount, boughtPoints, mousabbak, tax);
        }
    }
}
