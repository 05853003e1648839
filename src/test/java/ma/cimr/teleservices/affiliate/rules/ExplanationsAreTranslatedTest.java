package ma.cimr.teleservices.affiliate.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules build their message keys at run time (points.change.salary.more...), which
 * TranslationsTest cannot see in the code: every explanation the rules give, in a spread of cases,
 * must have its message in the three languages, with a place for each argument it needs.
 */
class ExplanationsAreTranslatedTest {

    private static final List<String> LANGUAGES = List.of("fr", "ar", "en");

    @Test
    void everyExplanationHasItsMessageInEveryLanguageWithRoomForItsArguments() {
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            Properties bundle = load(language);
            explanations().distinct().forEach(explanation -> {
                String pattern = bundle.getProperty(explanation.key());
                if (pattern == null) {
                    problems.add(language + ": no message " + explanation.key());
                    return;
                }
                int taken = explanation.arguments().isEmpty() ? 0 : new MessageFormat(pattern).getFormatsByArgumentIndex().length;
                // every {n} gets its number; a message may leave out one the sentence does not need
                if (taken > explanation.arguments().size() || (taken == 0) != explanation.arguments().isEmpty()) {
                    problems.add(language + " " + explanation.key() + " takes " + taken + " arguments, the rules give "
                            + explanation.arguments().size());
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    /** Explanations from every branch: each direction of each part, every coefficient case, every buy-back form. */
    private static Stream<Explanation> explanations() {
        var parameters = SeededParameters.parameters();
        List<Explanation> all = new ArrayList<>();
        List<PointsChange> changes = List.of(
                PointsChange.explain(PointsChangeTest.year(2007, "100000", "3"), PointsChangeTest.year(2008, "150000", "6"), parameters),
                PointsChange.explain(PointsChangeTest.year(2007, "150000", "6"), PointsChangeTest.year(2008, "100000", "3"), parameters),
                PointsChange.explain(PointsChangeTest.year(2011, "100000", "3"), PointsChangeTest.year(2012, "100000", "3"), parameters),
                PointsChange.explain(PointsChangeTest.year(2011, "100000", "6"), PointsChangeTest.year(2012, "200000", "3"), parameters),
                // the seeded point price never falls: a cheaper point in 2027
                PointsChange.explain(PointsChangeTest.year(2026, "100000", "6"), PointsChangeTest.year(2027, "100000", "6"),
                        withCheaperPointIn2027()));
        for (PointsChange change : changes) {
            all.add(change.summary());
            all.add(change.previous().explanation());
            change.parts().forEach(part -> all.add(part.explanation()));
        }
        var simulator = new PensionSimulator(parameters);
        List<SimulationInput> inputs = List.of(
                PensionSimulatorTest.input(50).build(),
                PensionSimulatorTest.input(56).mousabbak().buyBackAmount("30000").marginalTaxRate("38").build(),
                PensionSimulatorTest.input(60).buyBackPoints("100").build(),
                PensionSimulatorTest.input(67).buyBackPoints("100").build());
        for (SimulationInput input : inputs) {
            var s = simulator.simulate(input, LocalDate.of(2026, 11, 22));
            Stream.of(s.projectedPoints(), s.coefficient(), s.liquidationValue(), s.withoutBuyBack().points(),
                            s.withoutBuyBack().annual(), s.withoutBuyBack().monthly(), s.withBuyBack().points(),
                            s.withBuyBack().annual(), s.withBuyBack().monthly(), s.buyBackPoints(), s.buyBackCost(),
                            s.buyBackNetCost(), s.extraMonthlyPension())
                    .forEach(figure -> all.add(figure.explanation()));
            all.add(s.breakEven().explanation());
            if (s.mousabbakSurcharge() != null) {
                all.add(s.mousabbakSurcharge().explanation());
            }
            all.addAll(s.assumptions());
        }
        // a year the tables do not price says so, on its line and next to the simulator's figures
        all.add(PointsCalculator.unpriced(1979));
        all.add(PensionSimulator.unpricedYears(List.of(1977, 1978, 1979)));
        assertThat(all).extracting(Explanation::key).contains("points.change.salary.less", "points.change.rate.none",
                "points.change.price.more", "points.sim.coefficient.mousabbak", "points.sim.coefficient.late",
                "points.sim.breakEven.reached", "points.sim.breakEven.noBuyBack", "points.sim.buyBack.fromPoints");
        return all.stream();
    }

    private static PensionParameters withCheaperPointIn2027() {
        var purchaseValues = new ArrayList<>(SeededParameters.purchaseValues());
        purchaseValues.add(new PensionParameters.YearValue(2027, new BigDecimal("15.00"), false));
        return new PensionParameters(purchaseValues, SeededParameters.liquidationValues(), SeededParameters.revaluations(),
                SeededParameters.ageCoefficients(), SeededParameters.alKamilRates(), SeededParameters.scalars());
    }

    private static Properties load(String language) {
        var properties = new Properties();
        var stream = ExplanationsAreTranslatedTest.class.getClassLoader()
                .getResourceAsStream("i18n/messages_" + language + ".properties");
        assertThat(stream).isNotNull();
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
