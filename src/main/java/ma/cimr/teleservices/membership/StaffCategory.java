package ma.cimr.teleservices.membership;

import java.math.BigDecimal;

/**
 * A category of the applicant's staff, declared and priced on its own (cadres, employees...): its
 * code (on every declaration), its label, how many people and their yearly payroll.
 */
public record StaffCategory(String code, String label, int headcount, BigDecimal yearlyPayroll) {
}
