package ma.cimr.teleservices.affiliate.rules;

import ma.cimr.teleservices.affiliate.rules.PensionParameters.Product;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ScalarParameter;
import ma.cimr.teleservices.shared.Refusal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

/** Lookups by year and age: the latest row applying from that year or before. */
class PensionParametersTest {

    private final PensionParameters parameters = SeededParameters.parameters();

    @Test
    void thePublishedPurchaseValuesAreThereAndLaterYearsCarryTheLastOne() {
        assertThat(parameters.purchaseValue(1995).value()).isEqualByComparingTo("10.40");
        assertThat(parameters.purchaseValue(2007).value()).isEqualByComparingTo("17.22");
        assertThat(parameters.purchaseValue(2008).value()).isEqualByComparingTo("17.91");
        assertThat(parameters.purchaseValue(2008).illustrative()).isFalse();
        assertThat(parameters.purchaseValue(2001).illustrative()).isTrue();
        assertThat(parameters.purchaseValue(2045).value()).isEqualByComparingTo("17.91");
        assertThat(parameters.purchaseValue(2045).appliesFrom()).isEqualTo(2026);
        assertThat(parameters.lastPurchaseValueYear()).isEqualTo(2026);
    }

    @Test
    void everyYearFrom1980IsPricedAndNoneBefore() {
        assertThat(parameters.pricesYear(1980)).isTrue();
        assertThat(parameters.pricesYear(2060)).isTrue();
        assertThat(parameters.pricesYear(1979)).isFalse();
        assertThat(parameters.purchaseValue(1987).illustrative()).isTrue();
        assertThat(parameters.pointPrice(1987)).isEqualByComparingTo(parameters.pointPrice(1995));
        assertThatIllegalStateException().isThrownBy(() -> parameters.purchaseValue(1979));
    }

    @Test
    void aPointCostsSixTimesThePurchaseValue() {
        assertThat(parameters.pointPrice(2008)).isEqualByComparingTo("107.46");
        assertThat(parameters.pointPrice(1995)).isEqualByComparingTo("62.40");
    }

    @Test
    void theLiquidationValueStartsIn2002() {
        assertThat(parameters.liquidationValue(2002).value()).isEqualByComparingTo("11.64");
        assertThat(parameters.liquidationValue(2010).illustrative()).isFalse();
        assertThat(parameters.liquidationValue(2011).illustrative()).isTrue();
        assertThat(parameters.liquidationValue(2060).value()).isEqualByComparingTo("11.64");
        assertThatIllegalStateException().isThrownBy(() -> parameters.liquidationValue(2001));
    }

    @Test
    void aRevaluationBelongsToItsYearOnly() {
        assertThat(parameters.revaluation(2021)).hasValueSatisfying(v -> assertThat(v.value()).isEqualByComparingTo("0.70"));
        assertThat(parameters.revaluation(2024)).hasValueSatisfying(v -> assertThat(v.illustrative()).isFalse());
        assertThat(parameters.revaluation(2025)).hasValueSatisfying(v -> assertThat(v.illustrative()).isTrue());
        assertThat(parameters.revaluation(2018)).isEmpty();
        assertThat(parameters.revaluation(2027)).isEmpty();
    }

    @Test
    void ageCoefficientsHaveTheirPublishedAnchorsAndSeventyCoversOlderAges() {
        assertThat(parameters.ageCoefficient(55, 2030).coefficient()).isEqualByComparingTo("0.72");
        assertThat(parameters.ageCoefficient(55, 2030).illustrative()).isFalse();
        assertThat(parameters.ageCoefficient(60, 2030).coefficient()).isEqualByComparingTo("1");
        assertThat(parameters.ageCoefficient(70, 2030).coefficient()).isEqualByComparingTo("1.60");
        assertThat(parameters.ageCoefficient(74, 2030).coefficient()).isEqualByComparingTo("1.60");
        assertThat(parameters.ageCoefficient(57, 2030).illustrative()).isTrue();
        assertThatIllegalStateException().isThrownBy(() -> parameters.ageCoefficient(49, 2030));
    }

    @Test
    void aNewerRowForOneAgeReplacesOnlyThatAgeFromItsYear() {
        var rows = new ArrayList<>(SeededParameters.ageCoefficients());
        rows.add(new PensionParameters.AgeCoefficient(2030, 55, new BigDecimal("0.750"), false));
        var changed = new PensionParameters(SeededParameters.purchaseValues(), SeededParameters.liquidationValues(),
                SeededParameters.revaluations(), rows, SeededParameters.alKamilRates(), SeededParameters.scalars());
        assertThat(changed.ageCoefficient(55, 2029).coefficient()).isEqualByComparingTo("0.72");
        assertThat(changed.ageCoefficient(55, 2030).coefficient()).isEqualByComparingTo("0.75");
        assertThat(changed.ageCoefficient(56, 2030).coefficient()).isEqualByComparingTo("0.776");
    }

    @Test
    void alKamilOffersTwelveStepsFromThreeToTenPercentWithTheEmployerAtOnePointThree() {
        var steps = parameters.contributionRates(Product.AL_KAMIL, 2026);
        assertThat(steps).hasSize(12);
        assertThat(steps.getFirst().employeeRate()).isEqualByComparingTo("3");
        assertThat(steps.getLast().employeeRate()).isEqualByComparingTo("10");
        assertThat(steps).allSatisfy(step -> assertThat(step.employerRate())
                .isCloseTo(step.employeeRate().multiply(new BigDecimal("1.3")), within(new BigDecimal("0.005"))));
    }

    @Test
    void theSingleValuedParameters() {
        assertThat(parameters.scalar(ScalarParameter.EMPLOYER_SURCHARGE, 2026)).isEqualByComparingTo("30");
        assertThat(parameters.scalar(ScalarParameter.MOUSABBAK_SURCHARGE, 2026)).isEqualByComparingTo("38.89");
        assertThat(parameters.scalar(ScalarParameter.POINT_PRICE_FACTOR, 2026)).isEqualByComparingTo("6");
    }

    @Test
    void incompleteParametersAreRefused() {
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> new PensionParameters(List.of(),
                        SeededParameters.liquidationValues(), List.of(), SeededParameters.ageCoefficients(), List.of(),
                        SeededParameters.scalars()))
                .withMessage("points.error.parametersIncomplete");
        assertThatExceptionOfType(Refusal.class).isThrownBy(() -> new PensionParameters(SeededParameters.purchaseValues(),
                        SeededParameters.liquidationValues(), List.of(), SeededParameters.ageCoefficients(), List.of(),
                        SeededParameters.scalars().subList(0, 2)))
                .withMessage("points.error.parametersIncomplete");
    }
}
