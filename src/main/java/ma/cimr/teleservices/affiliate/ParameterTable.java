package ma.cimr.teleservices.affiliate;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The tables of the points scheme's parameters, as a proposed change names them (DD025): the
 * table's section title on the parameters screen (a translation key, shown on the approvals
 * screen) and the table's name in the audit trail.
 */
enum ParameterTable {
    PURCHASE_VALUE("points.parameters.purchaseValues", "point_purchase_value"),
    LIQUIDATION_VALUE("points.parameters.liquidationValues", "point_liquidation_value"),
    REVALUATION("points.parameters.revaluations", "pension_revaluation"),
    AGE_COEFFICIENT("points.parameters.ageCoefficients", "retirement_age_coefficient"),
    CONTRIBUTION_RATE("points.parameters.contributionRates", "contribution_rate_step"),
    SCALAR("points.parameters.scalars", "pension_scalar_parameter");

    final String titleKey;
    final String auditName;

    ParameterTable(String titleKey, String auditName) {
        this.titleKey = titleKey;
        this.auditName = auditName;
    }

    static ParameterTable ofTitleKey(@Nullable String key) {
        return Arrays.stream(values()).filter(table -> table.titleKey.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no parameter table " + key));
    }
}
