package ma.cimr.teleservices.companyaccount;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The compte adhérent of one company on one day: every due period it declared or paid, oldest
 * first, with the running balance. It opens at the company's first period on the portal with a
 * balance of zero (DD029): the contributions recorded before the portal were settled in the fund's
 * own books, which the portal does not read, so they are neither debts nor payments here.
 *
 * @param rate the surcharge rate in force on {@code asOf} (null: the administrators set none yet)
 */
public record AccountSituation(String adherentNumber, String legalName, LocalDate asOf, List<AccountPeriod> periods,
                               @Nullable LatePaymentRate rate) {

    public AccountSituation {
        periods = List.copyOf(periods);
    }

    public BigDecimal declared() {
        return sum(AccountPeriod::declared);
    }

    public BigDecimal surcharges() {
        return sum(AccountPeriod::surcharges);
    }

    public BigDecimal paid() {
        return sum(AccountPeriod::paid);
    }

    public BigDecimal balance() {
        return sum(AccountPeriod::balance);
    }

    /** What the company still owes, period by period: what a transfer order asks for. */
    public List<AccountPeriod> openPeriods() {
        return periods.stream().filter(AccountPeriod::open).toList();
    }

    public BigDecimal openBalance() {
        return openPeriods().stream().map(AccountPeriod::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal sum(Function<AccountPeriod, BigDecimal> figure) {
        return periods.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
