package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.shared.value.Money;
import ma.cimr.teleservices.shared.value.DuePeriod;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** One month of pension: paid, or suspended (for instance an expired proof of life). */
public record PensionPayment(DuePeriod duePeriod, Money grossAmount, Money netAmount,
                             @Nullable LocalDate paidOn, Status status) {

    public enum Status { PAID, SUSPENDED, RETURNED }
}
