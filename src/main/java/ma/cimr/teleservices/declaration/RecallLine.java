package ma.cimr.teleservices.declaration;

import java.math.BigDecimal;

/** One line of a recalled salary state: the affiliate by matricule, the salary left out, the days it covers. */
public record RecallLine(String matricule, BigDecimal salary, int days) {
}
