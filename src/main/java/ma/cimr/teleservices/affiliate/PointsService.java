package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.affiliate.repository.AffiliateRepository;
import ma.cimr.teleservices.affiliate.repository.GrantedPointsRepository;
import ma.cimr.teleservices.affiliate.rules.Argument;
import ma.cimr.teleservices.affiliate.rules.Explanation;
import ma.cimr.teleservices.affiliate.rules.Figure;
import ma.cimr.teleservices.affiliate.rules.PensionParameters;
import ma.cimr.teleservices.affiliate.rules.PensionSimulator;
import ma.cimr.teleservices.affiliate.rules.PointsCalculator;
import ma.cimr.teleservices.affiliate.rules.PointsChange;
import ma.cimr.teleservices.affiliate.rules.RetirementAges;
import ma.cimr.teleservices.affiliate.rules.Simulation;
import ma.cimr.teleservices.affiliate.rules.SimulationInput;
import ma.cimr.teleservices.affiliate.rules.YearContributions;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The affiliate's points: the statement, why a year's points changed, and the pension simulator,
 * all from their own contributions, the points granted to them and the fund's parameters. The
 * affiliate comes from the login.
 */
@Service
public class PointsService {

    private final AffiliateRepository affiliates;
    private final GrantedPointsRepository grantedPoints;
    private final PensionParameterService parameters;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final StatementPdf pdf;

    PointsService(AffiliateRepository affiliates, GrantedPointsRepository grantedPoints,
                  PensionParameterService parameters, CurrentUser currentUser, Clock clock, StatementPdf pdf) {
        this.affiliates = affiliates;
        this.grantedPoints = grantedPoints;
        this.parameters = parameters;
        this.currentUser = currentUser;
        this.clock = clock;
        this.pdf = pdf;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.AFFILIATE + "')")
    public PointsStatement myStatement() {
        return statementOf(currentUser.affiliateId().value());
    }

    /**
     * The pension an affiliate's points pay from a retirement date, for staff liquidating a claim
     * (DD035): the points of the statement (every year the tables price, and the points granted),
     * liquidated by the simulator's own rule at the age reached that day. One place computes a pension.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.AGENT + "', '" + Roles.SUPERVISOR + "')")
    public PensionSimulator.Liquidation pensionAt(long affiliateId, LocalDate retirementDate, boolean mousabbak) {
        AffiliateProfile affiliate = affiliates.findProfile(affiliateId).orElseThrow();
        int age = java.time.Period.between(affiliate.birthDate(), retirementDate).getYears();
        return new PensionSimulator(parameters.parameters()).liquidate(statementOf(affiliateId).totalPoints(), age,
                retirementDate.getYear(), mousabbak);
    }

    /**
     * The points statement a retiree's own pension was liquidated from, for their « Mes données »
     * (DD041); the id comes from the signed-in retiree's pension file ({@code RetireeService.myCareer}).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public PointsStatement statementOfRetired(long affiliateId) {
        return statementOf(affiliateId);
    }

    private PointsStatement statementOf(long affiliateId) {
        PensionParameters rules = parameters.parameters();
        PointsCalculator calculator = new PointsCalculator(rules);
        List<YearlyContributions> years = new ArrayList<>(affiliates.yearlyContributions(affiliateId));
        years.sort(Comparator.comparingInt(YearlyContributions::year).thenComparing(YearlyContributions::companyName));
        List<StatementLine> lines = new ArrayList<>();
        BigDecimal employeeTotal = BigDecimal.ZERO;
        for (YearlyContributions y : years) {
            employeeTotal = employeeTotal.add(y.employeeAmount());
            var contributions = new StatementLine.Contributions(y.adherentNumber(), y.months(), y.declaredSalary(),
                    employeeRate(y.employeeAmount(), y.declaredSalary()), y.employeeAmount(), y.employerAmount());
            BigDecimal points = null;
            Explanation how = PointsCalculator.unpriced(y.year());
            // a year the tables do not price keeps its contributions and says so; no points are guessed
            if (calculator.prices(y.year())) {
                var yearPoints = calculator.points(new YearContributions(y.year(), y.declaredSalary(),
                        y.employeeAmount(), y.employerAmount()));
                points = yearPoints.points();
                how = yearPoints.explanation();
            }
            lines.add(new StatementLine(y.year(), StatementLine.Nature.CONTRIBUTION, y.companyName(), contributions,
                    points, how, BigDecimal.ZERO, StatementLine.managingBody(y.year())));
        }
        for (GrantedPoints granted : grantedPoints.findByAffiliate(affiliateId)) {
            lines.add(new StatementLine(granted.year(), granted.nature(), granted.reference(), null, granted.points(),
                    grantedHow(granted), BigDecimal.ZERO, StatementLine.managingBody(granted.year())));
        }
        // within a year, the contributions first, then the points granted (both lists come in that
        // order already: the sort is stable)
        lines.sort(Comparator.comparingInt(StatementLine::year).thenComparing(StatementLine::nature));
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            cumulative = cumulative.add(lines.get(i).pointsCounted());
            lines.set(i, lines.get(i).withCumulativePoints(cumulative));
        }
        // newest first, exactly the reverse of the order the points were added up in
        Collections.reverse(lines);
        int thisYear = today().getYear();
        BigDecimal liquidationValue = rules.liquidationValue(thisYear).value();
        BigDecimal pension = cumulative.multiply(liquidationValue).setScale(2, RoundingMode.HALF_UP);
        Figure pensionToDate = new Figure(pension, Explanation.of("points.statement.pensionToDate",
                new Argument.Points(cumulative), new Argument.Money(liquidationValue), new Argument.Money(pension)));
        return new PointsStatement(lines, cumulative, employeeTotal, liquidationValue, pensionToDate);
    }

    /** The statement as a PDF to download, in French, Arabic (right to left) or English. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.AFFILIATE + "')")
    public StatementDocument myStatementPdf(Locale locale) {
        AffiliateProfile me = affiliates.findProfile(currentUser.affiliateId().value()).orElseThrow();
        byte[] content = pdf.render(me, myStatement(), locale);
        return new StatementDocument("releve-points-" + me.matricule() + "-" + locale.getLanguage() + ".pdf", content);
    }

    /**
     * The years that can be explained: every complete year with contributions but the first (the
     * current year is still being declared, comparing it would only say "fewer months").
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.AFFILIATE + "')")
    public List<Integer> explainableYears() {
        int currentYear = today().getYear();
        PensionParameters rules = parameters.parameters();
        var years = byYear().keySet().stream().filter(year -> year < currentYear)
                .sorted(Comparator.reverseOrder()).toList();
        // a year is compared with the one before: both need a point price
        return (years.size() <= 1 ? List.<Integer>of() : years.subList(0, years.size() - 1)).stream()
                .filter(year -> rules.pricesYear(year) && rules.pricesYear(year - 1))
                .toList();
    }

    /**
     * "Why did my points change?" between {@code year - 1} and {@code year}, all employers together;
     * refused for a year that, or whose year before, the fund's tables do not price.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.AFFILIATE + "')")
    public PointsChange whyChanged(int year) {
        PensionParameters rules = parameters.parameters();
        if (!rules.pricesYear(year) || !rules.pricesYear(year - 1)) {
            throw new Refusal("points.error.unpricedYear");
        }
        Map<Integer, YearContributions> byYear = byYear();
        return PointsChange.explain(byYear.getOrDefault(year - 1, YearContributions.none(year - 1)),
                byYear.getOrDefault(year, YearContributions.none(year)), rules);
    }

    /** The retirement ages the simulator offers the signed-in affiliate, from their birth date and today. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.AFFILIATE + "')")
    public RetirementAges myRetirementAges() {
        AffiliateProfile me = affiliates.findProfile(currentUser.affiliateId().value()).orElseThrow();
        return RetirementAges.of(me.birthDate(), today());
    }

    /**
     * The simulator, from the affiliate's own career: points to date, last full year's salary and
     * rate. The rest are the affiliate's assumptions.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.AFFILIATE + "')")
    public Simulation simulate(int retirementAge, BigDecimal salaryGrowth, @Nullable BigDecimal buyBackAmount,
                               @Nullable BigDecimal buyBackPoints, boolean mousabbak, BigDecimal marginalTaxRate) {
        AffiliateProfile me = affiliates.findProfile(currentUser.affiliateId().value()).orElseThrow();
        PointsStatement statement = myStatement();
        int lastFullYear = today().getYear() - 1;
        // contributions up to last year (the projection covers this year's); points granted, whenever
        BigDecimal pointsToLastYear = statement.lines().stream()
                .filter(line -> line.year() <= lastFullYear || line.nature() != StatementLine.Nature.CONTRIBUTION)
                .map(StatementLine::pointsCounted).reduce(BigDecimal.ZERO, BigDecimal::add);
        YearContributions last = contributionsOf(statement, lastFullYear);
        Simulation simulation = new PensionSimulator(parameters.parameters()).simulate(new SimulationInput(
                me.birthDate(), pointsToLastYear, last.declaredSalary(),
                employeeRate(last.employeeAmount(), last.declaredSalary()), retirementAge, salaryGrowth, buyBackAmount,
                buyBackPoints, mousabbak, marginalTaxRate), today());
        List<Integer> unpriced = statement.unpricedYears();
        return unpriced.isEmpty() ? simulation : simulation.withAssumption(PensionSimulator.unpricedYears(unpriced));
    }

    /** A year's contributions, all employers together, from the statement's lines (no second read). */
    private static YearContributions contributionsOf(PointsStatement statement, int year) {
        YearContributions sum = YearContributions.none(year);
        for (StatementLine line : statement.lines()) {
            StatementLine.Contributions paid = line.contributions();
            if (line.year() == year && paid != null) {
                sum = sum.plus(paid.declaredSalary(), paid.employeeAmount(), paid.employerAmount());
            }
        }
        return sum;
    }

    private Map<Integer, YearContributions> byYear() {
        Map<Integer, YearContributions> byYear = new TreeMap<>();
        for (YearlyContributions y : affiliates.yearlyContributions(currentUser.affiliateId().value())) {
            YearContributions sum = byYear.getOrDefault(y.year(), YearContributions.none(y.year()));
            byYear.put(y.year(), sum.plus(y.declaredSalary(), y.employeeAmount(), y.employerAmount()));
        }
        return byYear;
    }

    /** How a line of points granted came about, in the affiliate's words: what it rests on and when. */
    private static Explanation grantedHow(GrantedPoints granted) {
        var day = new Argument.Day(LocalDate.ofInstant(granted.grantedAt(), BusinessCalendar.ZONE));
        var reference = new Argument.Text(granted.reference());
        return switch (granted.nature()) {
            case BUY_BACK -> Explanation.of("points.granted.buyBack", new Argument.Points(granted.points()),
                    new Argument.Money(java.util.Objects.requireNonNull(granted.amountPaid())), reference, day);
            case FREE_SICKNESS -> Explanation.of("points.granted.freeSickness", new Argument.Points(granted.points()),
                    new Argument.Year(granted.year()), reference, day);
            case CONTRIBUTION, RECALL -> throw new IllegalStateException("not a granted nature: " + granted.nature());
        };
    }

    /** The employee rate in percent, read back from what was declared and paid. */
    private static BigDecimal employeeRate(BigDecimal employeeAmount, BigDecimal declaredSalary) {
        return declaredSalary.signum() == 0 ? BigDecimal.ZERO
                : employeeAmount.multiply(BigDecimal.valueOf(100)).divide(declaredSalary, 2, RoundingMode.HALF_UP);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
    }
}
