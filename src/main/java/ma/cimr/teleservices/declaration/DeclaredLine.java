package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.shared.value.Money;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One affiliate's line as stored: the fund's affiliate (matricule) or a newcomer (CIN and name),
 * what the company declared, and the amounts the portal priced from the category's rates.
 */
public record DeclaredLine(int lineNumber, @Nullable Long affiliateId, @Nullable String matricule, @Nullable String cin,
                           String name, Money salary, int days, @Nullable LocalDate entry, @Nullable LocalDate exit,
                           Money employeeAmount, Money employerAmount) {

    /** The matricule, or the CIN of a newcomer who has none yet: how the company knows the person. */
    public String identifier() {
        return matricule != null ? matricule : cin == null ? "" : cin;
    }

    public Money contributions() {
        return employeeAmount.add(employerAmount);
    }
}
