package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.affiliate.rules.PensionParameters;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.AgeCoefficient;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ContributionRate;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Product;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Scalar;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ScalarParameter;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.YearValue;
import ma.cimr.teleservices.approval.Approvals;
import ma.cimr.teleservices.affiliate.repository.PensionParameterRepository;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The points scheme's parameters: what a point costs and pays, revaluations, age coefficients,
 * contribution rates. Anyone reads them; only an administrator proposes a change, one value at a
 * time, and it counts once another administrator approves it (DD025), audited with the value it
 * replaced. A saved value is the fund's: no longer illustrative.
 *
 * <p>Invalid values are refused with a {@link Refusal} whose key says why.
 */
@Service
public class PensionParameterService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** In the audit trail, for a row that did not exist. */
    private static final String NEW = "new";
    /** numeric(8, 2) and numeric(8, 4) hold less than this. */
    private static final BigDecimal TOO_LARGE = BigDecimal.valueOf(10_000);

    private final PensionParameterRepository repository;
    private final Approvals approvals;
    private final PensionParameterCache cache;

    PensionParameterService(PensionParameterRepository repository, Approvals approvals, PensionParameterCache cache) {
        this.repository = repository;
        this.approvals = approvals;
        this.cache = cache;
    }

    /**
     * One copy shared by every caller ({@link PensionParameterCache}, DD039): an approved change
     * counts from the next simulation once its transaction commits, and a rolled-back change never
     * does. No role needed: the fund publishes these values, and the simulator may serve visitors
     * who have not signed in.
     */
    @Transactional(readOnly = true)
    public PensionParameters parameters() {
        return cache.parameters();
    }

    /**
     * Proposes the value; another administrator approves it before it counts (DD025), and
     * {@link PensionParameterApproval} then writes and audits it with the value it replaced.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMINISTRATOR + "')")
    public void savePurchaseValue(int appliesFrom, BigDecimal amount) {
        requireYear(appliesFrom);
        BigDecimal value = positive(amount, 2);
        YearValue before = find(repository.load().purchaseValues(), v -> v.appliesFrom() == appliesFrom);
        propose(new Change(ParameterTable.PURCHASE_VALUE, appliesFrom).value(value).before(was(before)));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMINISTRATOR + "')")
    public void saveLiquidationValue(int appliesFrom, BigDecimal amount) {
        requireYear(appliesFrom);
        BigDecimal value = positive(amount, 2);
        YearValue before = find(repository.load().liquidationValues(), v -> v.appliesFrom() == appliesFrom);
        propose(new Change(ParameterTable.LIQUIDATION_VALUE, appliesFrom).value(value).before(was(before)));
    }

    /** @param percent the revaluation of 1 July of that year; 0 and a cut are possible */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMINISTRATOR + "')")
    public void saveRevaluation(int year, BigDecimal percent) {
        requireYear(year);
        BigDecimal rate = revaluation(percent);
        YearValue before = find(repository.load().revaluationRates(), v -> v.appliesFrom() == year);
        propose(new Change(ParameterTable.REVALUATION, year).value(rate).before(was(before)));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMINISTRATOR + "')")
    public void saveAgeCoefficient(int appliesFrom, int age, BigDecimal value) {
        requireYear(appliesFrom);
        BigDecimal coefficient = coefficient(age, value);
        AgeCoefficient before = find(repository.load().ageCoefficients(),
                c -> c.appliesFrom() == appliesFrom && c.age() == age);
        propose(new Change(ParameterTable.AGE_COEFFICIENT, appliesFrom).with("age", String.valueOf(age))
                .value(coefficient).before(was(before)));
    }

    /** Rates in percent; the employer rate includes the employer's surcharge. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMINISTRATOR + "')")
    public void saveContributionRate(Product product, int appliesFrom, int step, BigDecimal employeePercent,
                                     BigDecimal employerPercent) {
        Objects.requireNonNull(product);
        requireYear(appliesFrom);
        requireStep(step);
        BigDecimal employeeRate = percentage(employeePercent);
        BigDecimal employerRate = percentage(employerPercent);
        ContributionRate before = find(repository.load().contributionRates(),
                r -> r.product() == product && r.appliesFrom() == appliesFrom && r.step() == step);
        propose(new Change(ParameterTable.CONTRIBUTION_RATE, appliesFrom).with("product", product.name())
                .with("step", String.valueOf(step)).value(employeeRate)
                .with("employerValue", employerRate.toPlainString()).before(was(before)));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMINISTRATOR + "')")
    public void saveScalar(ScalarParameter parameter, int appliesFrom, BigDecimal number) {
        Objects.requireNonNull(parameter);
        requireYear(appliesFrom);
        BigDecimal value = scalar(parameter, number);
        Scalar before = find(repository.load().scalars(),
                s -> s.parameter() == parameter && s.appliesFrom() == appliesFrom);
        propose(new Change(ParameterTable.SCALAR, appliesFrom).with("parameter", parameter.name()).value(value)
                .before(was(before)));
    }

    /**
     * A proposed value, in the order the approvals screen shows it; its subject names the table's
     * row, as the audit trail does ("point_purchase_value 2026"): one pending proposal per row.
     */
    private static final class Change {
        private final LinkedHashMap<String, String> entries = new LinkedHashMap<>();

        private Change(ParameterTable table, int appliesFrom) {
            entries.put("kind", table.titleKey);
            entries.put("year", String.valueOf(appliesFrom));
        }

        Change with(String name, String value) {
            entries.put(name, value);
            return this;
        }

        Change value(BigDecimal value) {
            return with("value", value.toPlainString());
        }

        Change before(String before) {
            return with("before", before);
        }
    }

    private void propose(Change change) {
        approvals.propose(PensionParameterApproval.ACTION, PensionParameterApproval.target(change.entries),
                change.entries);
    }

    static String was(@Nullable YearValue row) {
        return row == null ? NEW : was(row.value().toPlainString(), row.illustrative());
    }

    static String was(@Nullable AgeCoefficient row) {
        return row == null ? NEW : was(row.coefficient().toPlainString(), row.illustrative());
    }

    static String was(@Nullable ContributionRate row) {
        return row == null ? NEW
                : was(row.employeeRate().toPlainString() + " / " + row.employerRate().toPlainString(), row.illustrative());
    }

    static String was(@Nullable Scalar row) {
        return row == null ? NEW : was(row.value().toPlainString(), row.illustrative());
    }

    private static String was(String value, boolean illustrative) {
        return illustrative ? value + " (illustrative)" : value;
    }

    static <T> @Nullable T find(List<T> rows, Predicate<T> key) {
        return rows.stream().filter(key).findFirst().orElse(null);
    }

    /** The same bounds as the tables' checks, so a wrong value gets a message rather than an SQL error. */
    static void requireYear(int year) {
        if (year < 1950 || year > 2100) {
            throw new Refusal("points.error.parameterYear");
        }
    }

    /** Rounded to the column's decimals first, so the trail records what the table holds. */
    static BigDecimal positive(BigDecimal value, int decimals) {
        BigDecimal rounded = Objects.requireNonNull(value).setScale(decimals, RoundingMode.HALF_UP);
        if (rounded.signum() <= 0 || rounded.compareTo(TOO_LARGE) >= 0) {
            throw new Refusal("points.error.parameterValue");
        }
        return rounded;
    }

    static BigDecimal percentage(BigDecimal value) {
        BigDecimal rounded = positive(value, 2);
        if (rounded.compareTo(HUNDRED) >= 0) {
            throw new Refusal("points.error.percentage");
        }
        return rounded;
    }

    static BigDecimal revaluation(BigDecimal percent) {
        BigDecimal rate = Objects.requireNonNull(percent).setScale(2, RoundingMode.HALF_UP);
        if (rate.abs().compareTo(HUNDRED) >= 0) {
            throw new Refusal("points.error.percentage");
        }
        return rate;
    }

    static BigDecimal coefficient(int age, BigDecimal value) {
        if (age < 50 || age > 75) {
            throw new Refusal("points.error.parameterAge");
        }
        BigDecimal coefficient = positive(value, 3);
        if (coefficient.compareTo(BigDecimal.TEN) >= 0) {
            throw new Refusal("points.error.parameterValue");
        }
        return coefficient;
    }

    static void requireStep(int step) {
        if (step < 1 || step > 30) {
            throw new Refusal("points.error.parameterStep");
        }
    }

    static BigDecimal scalar(ScalarParameter parameter, BigDecimal number) {
        BigDecimal value = positive(number, 4);
        if (parameter != ScalarParameter.POINT_PRICE_FACTOR && value.compareTo(HUNDRED) >= 0) {
            throw new Refusal("points.error.percentage");
        }
        return value;
    }
}
