package ma.cimr.teleservices.companyaccount;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment as a bank statement line shows it, typed by staff: the company's adherent number, the
 * amount, the bank's reference, the day the bank confirmed it (its value date), and the due periods
 * it settles with the part of the amount for each; the parts add up to the amount.
 */
public record NewPayment(String adherentNumber, BigDecimal amount, String bankReference, LocalDate bankConfirmedOn,
                         List<PaymentAllocation> periods) {

    public NewPayment {
        periods = List.copyOf(periods);
    }
}
