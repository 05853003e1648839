package ma.cimr.teleservices.company;

import java.math.BigDecimal;
import java.time.YearMonth;

/** What the company declared for one due period, all categories together. */
public record MonthlyDeclaration(YearMonth duePeriod, int affiliates, BigDecimal salaries, BigDecimal contributions) {
}
