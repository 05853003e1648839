package ma.cimr.teleservices.companyaccount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The late-payment surcharge of one due period (DD029), as a rule apart from any database so that
 * its crafted cases are plain tests. Month k of lateness starts the day after {@code due + (k-1)
 * months}; each month started by {@code asOf} costs {@code rate × what was still unpaid of the
 * contributions at its start}, rounded to the centime. Paid on the due date or before: nothing.
 * Paid three days late: one month. Paid partly on time: only the rest bears the surcharge. A
 * surcharge never bears one itself; payments go to the contributions first.
 */
public final class Surcharges {

    /** A century of months: a period older than that is not a case the portal will meet. */
    private static final int MAX_MONTHS = 1200;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Surcharges() {
    }

    /** A payment towards the period: how much, and the day the bank confirmed it. */
    public record Paid(LocalDate on, BigDecimal amount) {
    }

    /** One month of lateness: the day it was added, what was unpaid then, and the surcharge. */
    public record Month(LocalDate addedOn, BigDecimal unpaid, BigDecimal surcharge) {
    }

    public static List<Month> of(BigDecimal contributions, List<Paid> payments, LocalDate dueDate,
                                 BigDecimal monthlyPercent, LocalDate asOf) {
        List<Month> months = new ArrayList<>();
        if (monthlyPercent.signum() <= 0) {
            return months;
        }
        for (int k = 1; k <= MAX_MONTHS; k++) {
            LocalDate start = dueDate.plusMonths(k - 1);
            if (!asOf.isAfter(start)) {
                break;
            }
            BigDecimal unpaid = contributions.subtract(paidBy(payments, start));
            if (unpaid.signum() <= 0) {
                break;
            }
            BigDecimal surcharge = unpaid.multiply(monthlyPercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            months.add(new Month(start.plusDays(1), unpaid, surcharge));
        }
        return months;
    }

    public static BigDecimal total(List<Month> months) {
        return months.stream().map(Month::surcharge).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal paidBy(List<Paid> payments, LocalDate day) {
        return payments.stream().filter(p -> !p.on().isAfter(day)).map(Paid::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
