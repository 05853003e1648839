package ma.cimr.teleservices.affiliate.rules;

import ma.cimr.teleservices.shared.Refusal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import static ma.cimr.teleservices.affiliate.rules.Argument.money;
import static ma.cimr.teleservices.affiliate.rules.Argument.percent;
import static ma.cimr.teleservices.affiliate.rules.Argument.points;
import static ma.cimr.teleservices.affiliate.rules.Argument.year;

/**
 * "Why did my points change?": a year's points against the year before's, the difference split into
 * what the salary, the contribution rate and the point price each did.
 *
 * <p>A year's points are {@code salary × rate ÷ price}, where the rate is the rights-generating
 * contributions divided by the declared salary (about twice the employee rate; it moves when an
 * employer changes rate, or with several employers) and the price is what a point cost that year.
 * The split is the Shapley decomposition of that product: each factor's part is the average of what
 * changing it adds over the six orders in which the three changes can be made, so no factor gains
 * from being taken first. For three factors x, y, z going from index 0 to 1:
 * <pre>part(x) = Δx · ((y₀z₀ + y₁z₁) / 3 + (y₀z₁ + y₁z₀) / 6)</pre>
 * and the three parts add up to x₁y₁z₁ − x₀y₀z₀ exactly (z is 1 ÷ price, so a dearer point gives a
 * negative part).
 *
 * <p>Shown to the hundredth of a point, the parts must still add up to the difference shown, which is
 * the difference of two rounded totals: each part is rounded, and what rounding leaves over (at most
 * two hundredths) goes to the part with the largest size.
 *
 * <p>When one of the two years has no declared salary there is no rate to compare: the whole
 * difference is the salary's part.
 */
public record PointsChange(YearPoints previous, YearPoints current, BigDecimal difference, List<Part> parts,
                           Explanation summary) {

    /** 34 significant digits: 1 ÷ price has no finite decimal form. */
    private static final MathContext MC = Rounding.EXACT;

    public enum Cause {
        SALARY("salary"), RATE("rate"), POINT_PRICE("price");

        /** The part of the message keys: points.change.salary.more... */
        private final String key;

        Cause(String key) {
            this.key = key;
        }
    }

    /** One cause's share of the difference, in points (negative when it cost points). */
    public record Part(Cause cause, BigDecimal points, Explanation explanation) {
    }

    public PointsChange {
        parts = List.copyOf(parts);
    }

    public static PointsChange explain(YearContributions previous, YearContributions current,
                                       PensionParameters parameters) {
        if (current.year() != previous.year() + 1) {
            throw new Refusal("points.error.notConsecutiveYears");
        }
        var calculator = new PointsCalculator(parameters);
        YearPoints before = calculator.points(previous);
        YearPoints after = calculator.points(current);
        BigDecimal difference = after.points().subtract(before.points());

        BigDecimal salary0 = previous.declaredSalary();
        BigDecimal salary1 = current.declaredSalary();
        BigDecimal rate0;
        BigDecimal rate1;
        BigDecimal[] exact;
        if (salary0.signum() == 0 || salary1.signum() == 0) {
            BigDecimal known = salary1.signum() == 0
                    ? rate(before.rightsGenerating(), salary0)
                    : rate(after.rightsGenerating(), salary1);
            rate0 = known;
            rate1 = known;
            exact = new BigDecimal[] {difference, BigDecimal.ZERO, BigDecimal.ZERO};
        } else {
            rate0 = rate(before.rightsGenerating(), salary0);
            rate1 = rate(after.rightsGenerating(), salary1);
            BigDecimal inverse0 = BigDecimal.ONE.divide(before.pointPrice(), MC);
            BigDecimal inverse1 = BigDecimal.ONE.divide(after.pointPrice(), MC);
            exact = shapley(new BigDecimal[] {salary0, rate0, inverse0}, new BigDecimal[] {salary1, rate1, inverse1});
        }
        BigDecimal[] shown = roundedToAddUp(exact, difference);

        List<Part> parts = List.of(
                part(Cause.SALARY, shown[0], money(salary0), money(salary1), before, after),
                part(Cause.RATE, shown[1], percent(asPercent(rate0)), percent(asPercent(rate1)), before, after),
                part(Cause.POINT_PRICE, shown[2], money(before.pointPrice()), money(after.pointPrice()), before, after));
        var summary = Explanation.of("points.change.summary." + direction(difference),
                year(after.year()), points(after.points()), year(before.year()), points(before.points()),
                points(difference.abs()));
        return new PointsChange(before, after, difference, parts, summary);
    }

    /** The rights-generating rate: contributions that buy points ÷ declared salary. */
    private static BigDecimal rate(BigDecimal rightsGenerating, BigDecimal salary) {
        return salary.signum() == 0 ? BigDecimal.ZERO : rightsGenerating.divide(salary, MC);
    }

    /** For the message only: 0.12 is shown as 12.00 %. */
    private static BigDecimal asPercent(BigDecimal rate) {
        return rate.multiply(Rounding.HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** Each factor's Shapley part of the change of the product of three factors. */
    static BigDecimal[] shapley(BigDecimal[] from, BigDecimal[] to) {
        BigDecimal[] parts = new BigDecimal[3];
        for (int i = 0; i < 3; i++) {
            BigDecimal y0 = from[(i + 1) % 3];
            BigDecimal y1 = to[(i + 1) % 3];
            BigDecimal z0 = from[(i + 2) % 3];
            BigDecimal z1 = to[(i + 2) % 3];
            BigDecimal same = y0.multiply(z0, MC).add(y1.multiply(z1, MC), MC).divide(BigDecimal.valueOf(3), MC);
            BigDecimal crossed = y0.multiply(z1, MC).add(y1.multiply(z0, MC), MC).divide(BigDecimal.valueOf(6), MC);
            parts[i] = to[i].subtract(from[i], MC).multiply(same.add(crossed, MC), MC);
        }
        return parts;
    }

    /**
     * The parts to the hundredth, adding up exactly to {@code total}: what rounding leaves over
     * goes to the largest part, where it changes the least in proportion.
     */
    static BigDecimal[] roundedToAddUp(BigDecimal[] exact, BigDecimal total) {
        BigDecimal[] shown = new BigDecimal[exact.length];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < exact.length; i++) {
            shown[i] = Rounding.points(exact[i]);
            sum = sum.add(shown[i]);
        }
        int largest = 0;
        for (int i = 1; i < exact.length; i++) {
            if (exact[i].abs().compareTo(exact[largest].abs()) > 0) {
                largest = i;
            }
        }
        shown[largest] = shown[largest].add(total.subtract(sum));
        return shown;
    }

    private static Part part(Cause cause, BigDecimal shown, Argument from, Argument to, YearPoints before,
                             YearPoints after) {
        String key = "points.change." + cause.key + "." + direction(shown);
        return new Part(cause, shown,
                Explanation.of(key, from, to, points(shown.abs()), year(before.year()), year(after.year())));
    }

    /** The end of the message key: more points, fewer points, or no change. */
    private static String direction(BigDecimal points) {
        return switch (points.signum()) {
            case 1 -> "more";
            case -1 -> "less";
            default -> "none";
        };
    }
}
