package ma.cimr.teleservices.companyaccount;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The late-payment surcharge as the administrators set it from a date (DD029): a percentage of what
 * stayed unpaid, per month or part of a month late, and the day of the month after a period on which
 * its contributions are due. A period is priced with the rate in force on its due date.
 *
 * @param appliesFrom    the first due date this row prices
 * @param monthlyPercent percent of the unpaid contributions, per month or part of a month late
 * @param dueDay         the day of the month after the period's last month when its contributions are due
 */
public record LatePaymentRate(LocalDate appliesFrom, BigDecimal monthlyPercent, int dueDay, String recordedBy,
                              Instant recordedAt) {

    /** The day a period's contributions are due: paid on it or before, nothing is added. */
    public LocalDate dueDate(YearMonth periodLastMonth) {
        return periodLastMonth.plusMonths(1).atDay(dueDay);
    }
}
