package ma.cimr.teleservices.membership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The member company an accepted application creates: its identity, categories at the chosen rates, options. */
record NewMember(MembershipForm form, BigDecimal employeeRate, BigDecimal employerRate, Set<MembershipOption> options,
                 LocalDate optionsFrom, List<StaffCategory> categories) {
}
