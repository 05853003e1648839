package ma.cimr.teleservices.membership;

import java.util.List;
import java.util.Set;

/** What a member company has agreed with the fund today: its categories and rates, its options. */
public record CompanyContract(String legalName, String adherentNumber, List<ContractCategory> categories,
                              Set<MembershipOption> options) {
}
