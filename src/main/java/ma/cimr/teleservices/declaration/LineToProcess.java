package ma.cimr.teleservices.declaration;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a declaration as staff read it before and after processing: a known affiliate or a newcomer. */
public record LineToProcess(int lineNumber, @Nullable String matricule, @Nullable String cin, @Nullable String fullName,
                            BigDecimal salary, int daysWorked, @Nullable LocalDate entryDate, @Nullable LocalDate exitDate,
                            BigDecimal employeeAmount, BigDecimal employerAmount) {
}
