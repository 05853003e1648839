package ma.cimr.teleservices.affiliate.rules;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the simulator found, every figure with its explanation; the pension without and with the
 * buy-back, to be shown side by side.
 *
 * @param projection         the years still to contribute, from this year to the retirement date
 * @param mousabbakSurcharge this year's extra contribution for the Mousabbak option; null without it
 * @param assumptions        what the figures take for granted, to be said next to them
 */
public record Simulation(LocalDate retirementDate, List<ProjectedYear> projection, Figure projectedPoints,
                         Figure coefficient, Figure liquidationValue, Pension withoutBuyBack, Pension withBuyBack,
                         Figure buyBackPoints, Figure buyBackCost, Figure buyBackNetCost, Figure extraMonthlyPension,
                         BreakEven breakEven, @Nullable Figure mousabbakSurcharge, List<Explanation> assumptions) {

    public Simulation {
        projection = List.copyOf(projection);
        assumptions = List.copyOf(assumptions);
    }

    /** The same simulation, with one more thing it takes for granted said next to its figures. */
    public Simulation withAssumption(Explanation assumption) {
        var all = new java.util.ArrayList<>(assumptions);
        all.add(assumption);
        return new Simulation(retirementDate, projection, projectedPoints, coefficient, liquidationValue,
                withoutBuyBack, withBuyBack, buyBackPoints, buyBackCost, buyBackNetCost, extraMonthlyPension, breakEven,
                mousabbakSurcharge, all);
    }

    /** A year of projected contributions: months contributed, salary of those months, and what it buys. */
    public record ProjectedYear(int year, int months, BigDecimal salary, BigDecimal rightsGenerating,
                                BigDecimal pointPrice, BigDecimal points) {
    }

    /** The points at retirement, and the pension they pay a year and a month. */
    public record Pension(Figure points, Figure annual, Figure monthly) {
    }

    /** An age in years and months. */
    public record Age(int years, int months) {
    }

    /** When the extra pension has paid back the buy-back's net cost; no age when it never does before 100. */
    public record BreakEven(@Nullable Age age, Explanation explanation) {
    }
}
