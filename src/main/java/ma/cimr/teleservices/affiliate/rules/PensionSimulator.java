package ma.cimr.teleservices.affiliate.rules;

import ma.cimr.teleservices.affiliate.rules.PensionParameters.AgeCoefficient;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ScalarParameter;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.YearValue;
import ma.cimr.teleservices.affiliate.rules.Simulation.Age;
import ma.cimr.teleservices.affiliate.rules.Simulation.BreakEven;
import ma.cimr.teleservices.affiliate.rules.Simulation.Pension;
import ma.cimr.teleservices.affiliate.rules.Simulation.ProjectedYear;

import ma.cimr.teleservices.shared.Refusal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static ma.cimr.teleservices.affiliate.rules.Argument.count;
import static ma.cimr.teleservices.affiliate.rules.Argument.factor;
import static ma.cimr.teleservices.affiliate.rules.Argument.money;
import static ma.cimr.teleservices.affiliate.rules.Argument.percent;
import static ma.cimr.teleservices.affiliate.rules.Argument.points;
import static ma.cimr.teleservices.affiliate.rules.Argument.year;

/**
 * The pension an affiliate can expect for a retirement age, with and without a points buy-back.
 *
 * <ul>
 *   <li>Points at retirement: the current points (to the end of last year) plus, for each year from
 *   this one to the retirement date, the months still contributed at the current salary grown by the
 *   assumed rate, twice the employee rate (the employee's share and the employer's equal share; the
 *   employer's surcharge buys nothing), at that year's point price. Years the fund has not priced yet
 *   use the last purchase value it set: no rise of the point price is assumed.</li>
 *   <li>Annual pension: points × the liquidation value in force in the retirement year (again the last
 *   one set) × the coefficient of the retirement age. The Mousabbak option removes the reduction
 *   for retiring at 55 to 59 (coefficient 1); before 55 the reduction still applies.</li>
 *   <li>Buy-back: points bought at this year's point price. Its cost after the income-tax deduction is
 *   cost × (1 − marginal rate). It has paid for itself at the monthly payment where the extra pension,
 *   added up from the first payment, reaches that net cost; the extra pension is taken before income
 *   tax and without revaluation. Not before 100: never.</li>
 * </ul>
 * Amounts are rounded to the centime and points to the hundredth, half-up, once per figure.
 */
public final class PensionSimulator {

    public static final int NORMAL_AGE = 60;
    public static final int MOUSABBAK_AGE = 55;
    /** Past this age, a buy-back that has not paid for itself is said never to. */
    public static final int HORIZON_AGE = 100;

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final PensionParameters parameters;

    public PensionSimulator(PensionParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters);
    }

    /** @param today the day of the simulation: this year's contributions are still to be converted */
    public Simulation simulate(SimulationInput input, LocalDate today) {
        LocalDate retirementDate = input.birthDate().plusYears(input.retirementAge());
        if (!retirementDate.isAfter(today)) {
            throw new Refusal("points.error.retirementAgePassed");
        }
        int thisYear = today.getYear();
        int retirementYear = retirementDate.getYear();
        int age = input.retirementAge();

        List<ProjectedYear> projection = project(input, thisYear, retirementDate);
        BigDecimal projected = projection.stream().map(ProjectedYear::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal lastPrice = projection.isEmpty() ? parameters.pointPrice(thisYear) : projection.getLast().pointPrice();
        var projectedPoints = new Figure(projected, Explanation.of("points.sim.projectedPoints",
                count(projection.size()), year(thisYear), year(retirementYear), money(input.annualSalary()),
                percent(input.salaryGrowth()), percent(input.employeeRate().multiply(TWO)), money(lastPrice),
                points(projected)));

        Figure coefficient = coefficient(age, retirementYear, input.mousabbak());
        YearValue liquidation = parameters.liquidationValue(retirementYear);
        var liquidationValue = new Figure(liquidation.value(), Explanation.of("points.sim.liquidationValue",
                money(liquidation.value()), year(liquidation.appliesFrom()), year(retirementYear)));

        BigDecimal pointsWithout = input.currentPoints().add(projected);
        var totalWithout = new Figure(pointsWithout, Explanation.of("points.sim.pointsAtRetirement",
                points(input.currentPoints()), points(projected), points(pointsWithout)));
        Pension without = pension(totalWithout, liquidation.value(), coefficient.value());

        BigDecimal priceNow = parameters.pointPrice(thisYear);
        Figure boughtPoints;
        Figure cost;
        if (input.buyBackAmount() != null) {
            BigDecimal amount = Rounding.money(input.buyBackAmount());
            BigDecimal bought = Rounding.divideToHundredths(amount, priceNow);
            boughtPoints = new Figure(bought, Explanation.of("points.sim.buyBack.fromAmount",
                    money(amount), money(priceNow), year(thisYear), points(bought)));
            cost = new Figure(amount, Explanation.of("points.sim.buyBack.amountGiven", money(amount)));
        } else if (input.buyBackPoints() != null) {
            BigDecimal bought = Rounding.points(input.buyBackPoints());
            BigDecimal amount = Rounding.money(bought.multiply(priceNow));
            boughtPoints = new Figure(bought, Explanation.of("points.sim.buyBack.pointsGiven", points(bought)));
            cost = new Figure(amount, Explanation.of("points.sim.buyBack.fromPoints",
                    points(bought), money(priceNow), year(thisYear), money(amount)));
        } else {
            boughtPoints = new Figure(BigDecimal.ZERO.setScale(2), Explanation.of("points.sim.buyBack.none"));
            cost = new Figure(BigDecimal.ZERO.setScale(2), Explanation.of("points.sim.buyBack.none"));
        }
        BigDecimal net = Rounding.money(cost.value().multiply(
                BigDecimal.ONE.subtract(input.marginalTaxRate().divide(Rounding.HUNDRED, Rounding.EXACT))));
        var netCost = new Figure(net, Explanation.of("points.sim.buyBack.netCost",
                money(cost.value()), percent(input.marginalTaxRate()), money(net)));

        BigDecimal pointsWith = pointsWithout.add(boughtPoints.value());
        var totalWith = new Figure(pointsWith, Explanation.of("points.sim.pointsWithBuyBack",
                points(pointsWithout), points(boughtPoints.value()), points(pointsWith)));
        Pension with = pension(totalWith, liquidation.value(), coefficient.value());

        BigDecimal extra = with.monthly().value().subtract(without.monthly().value());
        var extraMonthly = new Figure(extra, Explanation.of("points.sim.extraMonthlyPension",
                money(with.monthly().value()), money(without.monthly().value()), money(extra)));

        BreakEven breakEven = breakEven(age, net, extra, cost.value().signum() > 0);
        Figure mousabbak = input.mousabbak() ? mousabbakSurcharge(input, thisYear) : null;

        List<Explanation> assumptions = new ArrayList<>();
        assumptions.add(Explanation.of("points.sim.assumption.currentPoints", year(thisYear - 1)));
        YearValue lastPurchase = parameters.purchaseValue(retirementYear);
        assumptions.add(Explanation.of("points.sim.assumption.pointValues",
                money(lastPurchase.value()), year(lastPurchase.appliesFrom()), money(liquidation.value()),
                year(liquidation.appliesFrom())));
        assumptions.add(Explanation.of("points.sim.assumption.breakEven"));
        if (input.mousabbak()) {
            assumptions.add(Explanation.of("points.sim.assumption.mousabbak"));
        }
        return new Simulation(retirementDate, projection, projectedPoints, coefficient, liquidationValue, without,
                with, boughtPoints, cost, netCost, extraMonthly, breakEven, mousabbak, assumptions);
    }

    /**
     * The pension liquidated for points acquired, retiring at {@code age} in {@code retirementYear}:
     * the same coefficient (Mousabbak included) and the same arithmetic as the simulation's, so the
     * pension an affiliate simulated and the one the fund liquidates never differ by their rules.
     */
    public Liquidation liquidate(BigDecimal acquiredPoints, int age, int retirementYear, boolean mousabbak) {
        if (age < SimulationInput.EARLIEST_AGE) {
            throw new Refusal("points.error.retirementAge");
        }
        Figure coefficient = coefficient(age, retirementYear, mousabbak);
        YearValue liquidation = parameters.liquidationValue(retirementYear);
        var liquidationValue = new Figure(liquidation.value(), Explanation.of("points.sim.liquidationValue",
                money(liquidation.value()), year(liquidation.appliesFrom()), year(retirementYear)));
        BigDecimal points = Rounding.points(acquiredPoints);
        var total = new Figure(points, Explanation.of("points.liquidation.points", points(points)));
        return new Liquidation(age, coefficient, liquidationValue, pension(total, liquidation.value(), coefficient.value()));
    }

    /** A liquidated pension: the age it was taken at, its coefficient, the point's value, the amounts. */
    public record Liquidation(int age, Figure coefficient, Figure liquidationValue, Pension pension) {
    }

    /**
     * Said next to the figures when years of the career have no point price: their contributions
     * are not in the current points, rather than counted at a guessed price.
     */
    public static Explanation unpricedYears(List<Integer> years) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("no unpriced year");
        }
        int first = years.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int last = years.stream().mapToInt(Integer::intValue).max().orElseThrow();
        return Explanation.of("points.sim.assumption.unpricedYears", count(years.size()), year(first), year(last));
    }

    /** This year to the retirement date: each year's months, grown salary, and the points it buys. */
    private List<ProjectedYear> project(SimulationInput input, int thisYear, LocalDate retirementDate) {
        BigDecimal growth = Rounding.onePlus(input.salaryGrowth());
        BigDecimal rightsGeneratingRate = input.employeeRate().multiply(TWO).divide(Rounding.HUNDRED, Rounding.EXACT);
        List<ProjectedYear> years = new ArrayList<>();
        for (int year = thisYear; year <= retirementDate.getYear(); year++) {
            int months = year < retirementDate.getYear() ? 12 : monthsStartedBefore(retirementDate);
            if (months == 0) {
                continue;
            }
            BigDecimal salary = Rounding.money(input.annualSalary()
                    .multiply(growth.pow(year - thisYear, Rounding.EXACT), Rounding.EXACT)
                    .multiply(BigDecimal.valueOf(months), Rounding.EXACT)
                    .divide(TWELVE, Rounding.EXACT));
            BigDecimal rightsGenerating = Rounding.money(salary.multiply(rightsGeneratingRate));
            BigDecimal price = parameters.pointPrice(year);
            years.add(new ProjectedYear(year, months, salary, rightsGenerating, price,
                    Rounding.divideToHundredths(rightsGenerating, price)));
        }
        return years;
    }

    /** Months of the retirement year that start before the retirement date: the last month counts if begun. */
    private static int monthsStartedBefore(LocalDate retirementDate) {
        return retirementDate.getMonthValue() - 1 + (retirementDate.getDayOfMonth() > 1 ? 1 : 0);
    }

    private Figure coefficient(int age, int retirementYear, boolean mousabbak) {
        AgeCoefficient row = parameters.ageCoefficient(age, retirementYear);
        BigDecimal value = row.coefficient();
        if (mousabbak && age >= MOUSABBAK_AGE && age < NORMAL_AGE) {
            return new Figure(BigDecimal.ONE, Explanation.of("points.sim.coefficient.mousabbak",
                    count(age), factor(value)));
        }
        if (age < NORMAL_AGE) {
            return new Figure(value, Explanation.of("points.sim.coefficient.early", count(age), factor(value),
                    percent(BigDecimal.ONE.subtract(value).multiply(Rounding.HUNDRED))));
        }
        if (age == NORMAL_AGE) {
            return new Figure(value, Explanation.of("points.sim.coefficient.normal", count(age), factor(value)));
        }
        return new Figure(value, Explanation.of("points.sim.coefficient.late", count(age), factor(value),
                percent(value.subtract(BigDecimal.ONE).multiply(Rounding.HUNDRED))));
    }

    private static Pension pension(Figure points, BigDecimal liquidationValue, BigDecimal coefficient) {
        BigDecimal annual = Rounding.money(points.value().multiply(liquidationValue).multiply(coefficient));
        BigDecimal monthly = Rounding.money(annual.divide(TWELVE, Rounding.EXACT));
        return new Pension(points,
                new Figure(annual, Explanation.of("points.sim.annualPension", points(points.value()),
                        money(liquidationValue), factor(coefficient), money(annual))),
                new Figure(monthly, Explanation.of("points.sim.monthlyPension", money(annual), money(monthly))));
    }

    /**
     * Paid for itself at the k-th monthly payment, k = ⌈net cost ÷ extra monthly pension⌉; the
     * first payment falls at the retirement age, so the k-th falls k − 1 months later.
     */
    private static BreakEven breakEven(int retirementAge, BigDecimal netCost, BigDecimal extraMonthly,
                                       boolean boughtSomething) {
        if (!boughtSomething) {
            return new BreakEven(null, Explanation.of("points.sim.breakEven.noBuyBack"));
        }
        Explanation never = Explanation.of("points.sim.breakEven.never", money(netCost), money(extraMonthly),
                count(HORIZON_AGE));
        if (extraMonthly.signum() <= 0) {
            return new BreakEven(null, never);
        }
        long payments = Math.max(1, netCost.divide(extraMonthly, 0, RoundingMode.CEILING).longValueExact());
        long ageInMonths = retirementAge * 12L + payments - 1;
        if (ageInMonths >= HORIZON_AGE * 12L) {
            return new BreakEven(null, never);
        }
        var age = new Age((int) (ageInMonths / 12), (int) (ageInMonths % 12));
        return new BreakEven(age, Explanation.of("points.sim.breakEven.reached", money(netCost), money(extraMonthly),
                count(payments), count(age.years()), count(age.months())));
    }

    /**
     * The option's price: this year's contributions (employee's share and employer's share with its
     * surcharge) increased by the Mousabbak rate. The increase buys no points; it pays for the
     * missing reduction.
     */
    private Figure mousabbakSurcharge(SimulationInput input, int thisYear) {
        BigDecimal employerFactor = Rounding.onePlus(parameters.scalar(ScalarParameter.EMPLOYER_SURCHARGE, thisYear));
        BigDecimal contributions = Rounding.money(input.annualSalary().multiply(input.employeeRate())
                .divide(Rounding.HUNDRED, Rounding.EXACT).multiply(BigDecimal.ONE.add(employerFactor)));
        BigDecimal rate = parameters.scalar(ScalarParameter.MOUSABBAK_SURCHARGE, thisYear);
        BigDecimal surcharge = Rounding.money(contributions.multiply(rate).divide(Rounding.HUNDRED, Rounding.EXACT));
        return new Figure(surcharge, Explanation.of("points.sim.mousabbakSurcharge", money(contributions),
                percent(rate), money(surcharge)));
    }
}
