package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.affiliate.repository.PensionParameterRepository;
import ma.cimr.teleservices.affiliate.rules.PensionParameters;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Product;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ScalarParameter;
import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.approval.ApprovedAction;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Role;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import static ma.cimr.teleservices.affiliate.PensionParameterService.find;
import static ma.cimr.teleservices.affiliate.PensionParameterService.was;

/**
 * A pension parameter's new value takes effect once an administrator other than its proposer
 * approves it (DD025): it prices every buy-back and simulation from then on. The value is checked
 * again with the service's rules, written, and audited by the approver with the value it
 * replaced at that moment.
 */
@Component
class PensionParameterApproval implements ApprovedAction {

    static final String ACTION = "PENSION_PARAMETER";

    private final PensionParameterRepository repository;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final PensionParameterCache cache;

    PensionParameterApproval(PensionParameterRepository repository, AuditTrail auditTrail, CurrentUser currentUser,
                             PensionParameterCache cache) {
        this.repository = repository;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.cache = cache;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Set<Role> deciders() {
        return Set.of(Role.ADMINISTRATOR);
    }

    @Override
    public String casePath(Approval approval) {
        return "backoffice/pension-parameters";
    }

    /** The row a change is for, as the audit trail names it, e.g. "retirement_age_coefficient 2026 age 57". */
    static String target(Map<String, String> change) {
        ParameterTable table = ParameterTable.ofTitleKey(change.get("kind"));
        String year = change.get("year");
        return switch (table) {
            case PURCHASE_VALUE, LIQUIDATION_VALUE, REVALUATION -> table.auditName + " " + year;
            case AGE_COEFFICIENT -> table.auditName + " " + year + " age " + change.get("age");
            case CONTRIBUTION_RATE -> table.auditName + " " + change.get("product") + " " + year + " step "
                    + change.get("step");
            case SCALAR -> table.auditName + " " + change.get("parameter") + " " + year;
        };
    }

    @Override
    public void approved(Approval approval) {
        ParameterTable table = ParameterTable.ofTitleKey(approval.value("kind"));
        int year = Integer.parseInt(approval.value("year"));
        PensionParameterService.requireYear(year);
        BigDecimal number = new BigDecimal(approval.value("value"));
        PensionParameters now = repository.load();
        cache.changedInThisTransaction();
        String before;
        String after;
        switch (table) {
            case PURCHASE_VALUE -> {
                BigDecimal value = PensionParameterService.positive(number, 2);
                before = was(find(now.purchaseValues(), v -> v.appliesFrom() == year));
                repository.savePurchaseValue(year, value);
                after = value.toPlainString();
            }
            case LIQUIDATION_VALUE -> {
                BigDecimal value = PensionParameterService.positive(number, 2);
                before = was(find(now.liquidationValues(), v -> v.appliesFrom() == year));
                repository.saveLiquidationValue(year, value);
                after = value.toPlainString();
            }
            case REVALUATION -> {
                BigDecimal rate = PensionParameterService.revaluation(number);
                before = was(find(now.revaluationRates(), v -> v.appliesFrom() == year));
                repository.saveRevaluation(year, rate);
                after = rate.toPlainString();
            }
            case AGE_COEFFICIENT -> {
                int age = Integer.parseInt(approval.value("age"));
                BigDecimal coefficient = PensionParameterService.coefficient(age, number);
                before = was(find(now.ageCoefficients(), c -> c.appliesFrom() == year && c.age() == age));
                repository.saveAgeCoefficient(year, age, coefficient);
                after = coefficient.toPlainString();
            }
            case CONTRIBUTION_RATE -> {
                Product product = Product.valueOf(approval.value("product"));
                int step = Integer.parseInt(approval.value("step"));
                PensionParameterService.requireStep(step);
                BigDecimal employeeRate = PensionParameterService.percentage(number);
                BigDecimal employerRate = PensionParameterService.percentage(new BigDecimal(approval.value("employerValue")));
                before = was(find(now.contributionRates(),
                        r -> r.product() == product && r.appliesFrom() == year && r.step() == step));
                repository.saveContributionRate(product, year, step, employeeRate, employerRate);
                after = employeeRate.toPlainString() + " / " + employerRate.toPlainString();
            }
            case SCALAR -> {
                ScalarParameter parameter = ScalarParameter.valueOf(approval.value("parameter"));
                BigDecimal value = PensionParameterService.scalar(parameter, number);
                before = was(find(now.scalars(), s -> s.parameter() == parameter && s.appliesFrom() == year));
                repository.saveScalar(parameter, year, value);
                after = value.toPlainString();
            }
            default -> throw new IllegalStateException(table.name());
        }
        // details such as "17.91 (illustrative) -> 18.50": what was replaced, and whether it was a
        // placeholder; the approval's own line says who proposed it
        auditTrail.record(currentUser.require().login(), "PENSION_PARAMETER_SAVED", target(approval.change()),
                before + " -> " + after, null);
    }
}
