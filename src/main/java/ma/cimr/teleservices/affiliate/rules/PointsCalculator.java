package ma.cimr.teleservices.affiliate.rules;

import ma.cimr.teleservices.shared.Refusal;
import java.math.BigDecimal;
import java.util.Objects;

import static ma.cimr.teleservices.affiliate.rules.Argument.factor;
import static ma.cimr.teleservices.affiliate.rules.Argument.money;
import static ma.cimr.teleservices.affiliate.rules.Argument.year;

/**
 * The points a year's contributions buy.
 *
 * <p>The reading of the rule, from the fund ("la part patronale, égale à la part salariale, est
 * majorée de 30 % ; cette majoration est une surprime non génératrice de droits"): the employer's
 * share is the employee's share plus 30 %, and that 30 % buys nothing. So the rights-generating
 * contributions are the employee's share plus the employer's share without its surcharge:
 * {@code employee + employer ÷ 1.30}. With the employer paying exactly 1.3 × the employee's rate
 * that is twice the employee's share; the fund's printed employer rates are rounded to the
 * hundredth (4.88 % for 3.75 %), so the result can exceed it by a few centimes in a thousand
 * dirhams, in the affiliate's favour. It follows what the employer actually paid, so an unpaid
 * employer share buys no points.
 *
 * <p>A point costs, in a year, the point price factor × that year's purchase value (the "salaire
 * de référence"): 6 × 17.91 = 107.46 DH in 2008 ("nombre de points = total des cotisations ÷
 * 6 × salaire de référence").
 *
 * <p>Rounding: the rights-generating contributions to the centime, then the points to the
 * hundredth, half-up each time; a year's points are computed once, on the year's totals.
 */
public final class PointsCalculator {

    private final PensionParameters parameters;

    public PointsCalculator(PensionParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters);
    }

    /** The employer's share without its surcharge, plus the employee's share, to the centime. */
    public BigDecimal rightsGenerating(int year, BigDecimal employeeAmount, BigDecimal employerAmount) {
        BigDecimal employerWithoutSurcharge = employerAmount.divide(employerDivisor(year), Rounding.EXACT);
        return Rounding.money(employeeAmount.add(employerWithoutSurcharge));
    }

    /** Whether the parameters price that year; when they do not, {@link #points} cannot be asked. */
    public boolean prices(int year) {
        return parameters.pricesYear(year);
    }

    /**
     * What a line of a year the parameters do not price says instead of its points: its
     * contributions are kept, and no points are invented for them until the fund sets that year's values.
     */
    public static Explanation unpriced(int year) {
        return Explanation.of("points.year.unpriced", year(year));
    }

    public YearPoints points(YearContributions contributions) {
        int year = contributions.year();
        BigDecimal rightsGenerating = rightsGenerating(year, contributions.employeeAmount(), contributions.employerAmount());
        BigDecimal price = parameters.pointPrice(year);
        BigDecimal points = Rounding.divideToHundredths(rightsGenerating, price);
        var explanation = Explanation.of("points.year.points", year(year),
                money(contributions.employeeAmount()), money(contributions.employerAmount()),
                factor(employerDivisor(year)), money(rightsGenerating),
                factor(parameters.scalar(PensionParameters.ScalarParameter.POINT_PRICE_FACTOR, year)),
                money(parameters.purchaseValue(year).value()), money(price), Argument.points(points));
        return new YearPoints(year, rightsGenerating, price, points, explanation);
    }

    /**
     * The points an amount paid for a buy-back buys in a year: the amount at that year's point
     * price, to the hundredth, as the simulator prices a buy-back.
     */
    public Figure pointsBought(int year, BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new Refusal("points.error.buyBackAmount");
        }
        BigDecimal paid = Rounding.money(amount);
        BigDecimal price = parameters.pointPrice(year);
        BigDecimal bought = Rounding.divideToHundredths(paid, price);
        return new Figure(bought, Explanation.of("points.sim.buyBack.fromAmount", money(paid), money(price), year(year),
                Argument.points(bought)));
    }

    /** 1.30: the employer's share divided by this is the part that buys points. */
    private BigDecimal employerDivisor(int year) {
        return Rounding.onePlus(parameters.scalar(PensionParameters.ScalarParameter.EMPLOYER_SURCHARGE, year));
    }
}
