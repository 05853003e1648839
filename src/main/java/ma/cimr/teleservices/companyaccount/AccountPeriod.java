package ma.cimr.teleservices.companyaccount;

import ma.cimr.teleservices.shared.value.DuePeriod;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One due period of the compte adhérent: what the declarations that count say it owes, the
 * surcharges for paying late, what was paid towards it, and its history.
 *
 * @param dueDate        when its contributions were due, by the surcharge rate in force (null: no rate set)
 * @param declared       the contributions of the declarations that count (originals filed, recalls accepted)
 * @param runningBalance the balance of this period and every earlier one
 */
public record AccountPeriod(DuePeriod period, @Nullable LocalDate dueDate, BigDecimal declared, BigDecimal surcharges,
                            BigDecimal paid, BigDecimal runningBalance, List<AccountEntry> entries) {

    public AccountPeriod {
        entries = List.copyOf(entries);
    }

    /** Contributions and surcharges. */
    public BigDecimal due() {
        return declared.add(surcharges);
    }

    /** Owed when positive, a credit of the company when negative. */
    public BigDecimal balance() {
        return due().subtract(paid);
    }

    public boolean open() {
        return balance().signum() > 0;
    }
}
