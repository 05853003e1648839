package ma.cimr.teleservices.membership;

import java.math.BigDecimal;

/** A category of a member company's staff with the rates its current due period is priced at. */
public record ContractCategory(long id, String code, String label, BigDecimal employeeRate, BigDecimal employerRate) {
}
