package ma.cimr.teleservices.declaration.repository;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One sound line of an imported file as it waits, in the import's transaction, to be checked
 * against the fund's data: the file's identity of the affiliate, the category resolved to the
 * company's own (null when the code is not one of its categories), and the amounts already priced
 * through {@code ContributionRates}, never taken from the file.
 */
public record StagedLine(int lineNumber, @Nullable String matricule, @Nullable String cin, @Nullable String fullName,
                         @Nullable Long categoryId, String categoryCode, BigDecimal salary, int days,
                         @Nullable LocalDate entry, @Nullable LocalDate exit, BigDecimal employeeAmount,
                         BigDecimal employerAmount) {
}
