package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.shared.value.Money;
import ma.cimr.teleservices.shared.value.DuePeriod;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One month of pension: paid, suspended (for instance an expired proof of life) or returned by the
 * bank, with the reason the run or the bank gave. The tax withheld is what lies between gross and net.
 */
public record PensionPayment(DuePeriod duePeriod, Money grossAmount, Money netAmount,
                             @Nullable LocalDate paidOn, Status status, @Nullable String reason) {

    public enum Status { PAID, SUSPENDED, RETURNED }

    public Money taxWithheld() {
        return grossAmount.subtract(netAmount);
    }
}
