package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Money;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What changed since the previous period (DD027), shown before filing so the company confirms or
 * goes back: who joined, who left, who was there last period and is missing without an exit
 * date, whose salary moved beyond the threshold, and how much the total moved.
 */
public record PeriodComparison(DuePeriod previousPeriod, Source source, List<Change> joiners, List<Change> leavers,
                               List<Change> missing, List<Change> salaryJumps, int jumpPercent,
                               Money previousSalary, Money currentSalary,
                               Money previousContributions, Money currentContributions) {

    /** Where the previous period's figures come from. */
    public enum Source {
        /** the company's filed declaration of that period and category */
        DECLARATION,
        /** the contributions the fund has on record for that period (no declaration through the portal) */
        CONTRIBUTIONS,
        /** nothing: a first declaration */
        NONE
    }

    /** One person: matricule (or CIN), name, and the salaries of both periods when known. */
    public record Change(String identifier, String name, @Nullable Money previousSalary, @Nullable Money currentSalary) {
    }

    public PeriodComparison {
        joiners = List.copyOf(joiners);
        leavers = List.copyOf(leavers);
        missing = List.copyOf(missing);
        salaryJumps = List.copyOf(salaryJumps);
    }

    /** Signed: a Money is never negative, a change may be. */
    public BigDecimal salaryChange() {
        return currentSalary.amount().subtract(previousSalary.amount());
    }

    public BigDecimal contributionsChange() {
        return currentContributions.amount().subtract(previousContributions.amount());
    }

    /** The total salary's change in percent, or null without a previous total. */
    public @Nullable BigDecimal salaryChangePercent() {
        if (previousSalary.isZero()) {
            return null;
        }
        return currentSalary.amount().subtract(previousSalary.amount()).multiply(BigDecimal.valueOf(100))
                .divide(previousSalary.amount(), 1, RoundingMode.HALF_UP);
    }
}
