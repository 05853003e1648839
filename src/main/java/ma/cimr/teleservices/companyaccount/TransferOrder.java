package ma.cimr.teleservices.companyaccount;

import java.math.BigDecimal;
import java.util.List;

/**
 * The ordre de virement: what the company owes now, period by period, the fund's account to pay it
 * into, and the reference to quote so the fund's bank statement names the company and the periods.
 */
public record TransferOrder(AccountSituation account, List<AccountPeriod> periods, BigDecimal total, String reference,
                            FundBankAccount fundAccount) {

    public TransferOrder {
        periods = List.copyOf(periods);
    }

    /** "ADH100234-2026-10", or "ADH100234-2026-09-2026-11" for several periods: the first and the last. */
    static String referenceFor(String adherentNumber, List<AccountPeriod> periods) {
        String first = periods.getFirst().period().toString();
        String last = periods.getLast().period().toString();
        return "ADH" + adherentNumber + "-" + first + (periods.size() > 1 ? "-" + last : "");
    }
}
