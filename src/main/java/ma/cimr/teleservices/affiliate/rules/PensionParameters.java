package ma.cimr.teleservices.affiliate.rules;

import ma.cimr.teleservices.shared.Refusal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Every parameter of the points scheme, as the administrator keeps them: each value applies from a
 * year until a later row replaces it, and says whether the fund published it or it is an
 * illustrative placeholder.
 *
 * <p>A lookup for a year takes, among the rows for the same thing (the same age, the same rate
 * step, the same parameter), the one with the latest {@code appliesFrom} not after that year. So a
 * future year gets the last known value, which is what the simulator assumes. Revaluations are the
 * exception: each year's revaluation is its own event, never carried forward.
 */
public record PensionParameters(List<YearValue> purchaseValues, List<YearValue> liquidationValues,
                                List<YearValue> revaluationRates, List<AgeCoefficient> ageCoefficients,
                                List<ContributionRate> contributionRates, List<Scalar> scalars) {

    /** A value applying from a year: a purchase value, a liquidation value, a revaluation rate (percent). */
    public record YearValue(int appliesFrom, BigDecimal value, boolean illustrative) {
        public YearValue {
            Objects.requireNonNull(value);
        }
    }

    /** The coefficient applied to the pension for retiring at this age: 0.72 at 55, 1 at 60, 1.60 at 70. */
    public record AgeCoefficient(int appliesFrom, int age, BigDecimal coefficient, boolean illustrative) {
        public AgeCoefficient {
            Objects.requireNonNull(coefficient);
            if (coefficient.signum() <= 0) {
                throw new Refusal("points.error.parameterValue");
            }
        }
    }

    public enum Product { AL_KAMIL }

    /** One step of a product's rate scale, in percent of the salary; the employer rate includes the surcharge. */
    public record ContributionRate(Product product, int appliesFrom, int step, BigDecimal employeeRate,
                                   BigDecimal employerRate, boolean illustrative) {
        public ContributionRate {
            Objects.requireNonNull(product);
            Objects.requireNonNull(employeeRate);
            Objects.requireNonNull(employerRate);
        }
    }

    public enum ScalarParameter {
        /** Percent: the employer's share above the employee's, which buys no points (30). */
        EMPLOYER_SURCHARGE,
        /** Percent: the contribution increase of the Mousabbak option, retirement at 55 with no reduction (38.89). */
        MOUSABBAK_SURCHARGE,
        /** A point costs this factor times the year's purchase value (6). */
        POINT_PRICE_FACTOR,
        /** Percent of the deceased's pension a surviving spouse receives (50, illustrative; DD035, DD043). */
        SURVIVOR_SPOUSE_SHARE,
        /** Percent of the deceased's pension each orphan receives (25, illustrative; DD035, DD043). */
        SURVIVOR_ORPHAN_SHARE
    }

    public record Scalar(ScalarParameter parameter, int appliesFrom, BigDecimal value, boolean illustrative) {
        public Scalar {
            Objects.requireNonNull(parameter);
            Objects.requireNonNull(value);
        }
    }

    public PensionParameters {
        purchaseValues = sorted(purchaseValues, Comparator.comparingInt(YearValue::appliesFrom));
        liquidationValues = sorted(liquidationValues, Comparator.comparingInt(YearValue::appliesFrom));
        revaluationRates = sorted(revaluationRates, Comparator.comparingInt(YearValue::appliesFrom));
        ageCoefficients = sorted(ageCoefficients,
                Comparator.comparingInt(AgeCoefficient::age).thenComparingInt(AgeCoefficient::appliesFrom));
        contributionRates = sorted(contributionRates, Comparator.comparing(ContributionRate::product)
                .thenComparingInt(ContributionRate::step).thenComparingInt(ContributionRate::appliesFrom));
        scalars = sorted(scalars, Comparator.comparing(Scalar::parameter).thenComparingInt(Scalar::appliesFrom));

        // a missing table would only show up in the middle of a computation: refuse it here
        if (purchaseValues.isEmpty() || liquidationValues.isEmpty() || ageCoefficients.isEmpty()) {
            throw new Refusal("points.error.parametersIncomplete");
        }
        Set<ScalarParameter> present = scalars.stream().map(Scalar::parameter)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ScalarParameter.class)));
        if (!present.containsAll(EnumSet.allOf(ScalarParameter.class))) {
            throw new Refusal("points.error.parametersIncomplete");
        }
        if (purchaseValues.stream().anyMatch(v -> v.value().signum() <= 0)
                || liquidationValues.stream().anyMatch(v -> v.value().signum() <= 0)
                || scalars.stream().anyMatch(s -> s.value().signum() <= 0)) {
            throw new Refusal("points.error.parameterValue");
        }
    }

    /** The purchase value ("salaire de référence") in force in that year. */
    public YearValue purchaseValue(int year) {
        return inForce(purchaseValues, v -> true, YearValue::appliesFrom, year, "purchase value");
    }

    /**
     * Whether a year's contributions can be converted into points: a purchase value, a point price
     * factor and an employer's surcharge are in force that year. The tables start in 1980; a career
     * reaching further back has years the fund has not priced, which must not be guessed.
     */
    public boolean pricesYear(int year) {
        return latest(purchaseValues, v -> true, YearValue::appliesFrom, year).isPresent()
                && latest(scalars, s -> s.parameter() == ScalarParameter.POINT_PRICE_FACTOR, Scalar::appliesFrom, year)
                .isPresent()
                && latest(scalars, s -> s.parameter() == ScalarParameter.EMPLOYER_SURCHARGE, Scalar::appliesFrom, year)
                .isPresent();
    }

    /** What one point costs in that year: the price factor × the purchase value. */
    public BigDecimal pointPrice(int year) {
        return scalar(ScalarParameter.POINT_PRICE_FACTOR, year).multiply(purchaseValue(year).value());
    }

    /** The liquidation value in force in that year: what one point pays a year. */
    public YearValue liquidationValue(int year) {
        return inForce(liquidationValues, v -> true, YearValue::appliesFrom, year, "liquidation value");
    }

    /** The revaluation of pensions in payment on 1 July of that year, in percent; empty when none is known. */
    public Optional<YearValue> revaluation(int year) {
        return revaluationRates.stream().filter(v -> v.appliesFrom() == year).findFirst();
    }

    /**
     * The coefficient for retiring at that age in that year. Past the oldest age in the table the
     * oldest age's coefficient applies ("+60% at 70 and over"); before the youngest there is none.
     */
    public AgeCoefficient ageCoefficient(int age, int year) {
        int oldest = ageCoefficients.stream().mapToInt(AgeCoefficient::age).max().orElseThrow();
        int lookedUp = Math.min(age, oldest);
        return inForce(ageCoefficients, c -> c.age() == lookedUp, AgeCoefficient::appliesFrom, year,
                "coefficient for age " + age);
    }

    /** The product's rate steps in force in that year, from the lowest step. */
    public List<ContributionRate> contributionRates(Product product, int year) {
        return contributionRates.stream()
                .filter(r -> r.product() == product)
                .map(ContributionRate::step).distinct()
                .flatMap(step -> latest(contributionRates, r -> r.product() == product && r.step() == step,
                        ContributionRate::appliesFrom, year).stream())
                .toList();
    }

    public BigDecimal scalar(ScalarParameter parameter, int year) {
        return inForce(scalars, s -> s.parameter() == parameter, Scalar::appliesFrom, year, parameter.name()).value();
    }

    /** The last year the fund gave a purchase value for: later years are projected with it. */
    public int lastPurchaseValueYear() {
        return purchaseValues.getLast().appliesFrom();
    }

    /** Among the rows of one thing, the latest applying from that year or before, which must exist. */
    private static <T> T inForce(List<T> rows, Predicate<T> sameThing, ToIntFunction<T> appliesFrom,
                                 int year, String what) {
        // asking before the tables start is a programming error: pricesYear says which years can be asked
        return latest(rows, sameThing, appliesFrom, year)
                .orElseThrow(() -> new IllegalStateException("no " + what + " in force in " + year));
    }

    /** Among the rows of one thing, the latest applying from that year or before, if any. */
    private static <T> Optional<T> latest(List<T> rows, Predicate<T> sameThing, ToIntFunction<T> appliesFrom, int year) {
        T found = null;
        for (T row : rows) {
            if (sameThing.test(row) && appliesFrom.applyAsInt(row) <= year
                    && (found == null || appliesFrom.applyAsInt(row) > appliesFrom.applyAsInt(found))) {
                found = row;
            }
        }
        return Optional.ofNullable(found);
    }

    private static <T> List<T> sorted(List<T> rows, Comparator<T> order) {
        return rows.stream().map(Objects::requireNonNull).sorted(order).toList();
    }
}
