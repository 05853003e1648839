package ma.cimr.teleservices.retiree;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** One month of pension: paid, or suspended (for instance an expired proof of life). */
public record PensionPayment(YearMonth duePeriod, BigDecimal grossAmount, BigDecimal netAmount,
                             @Nullable LocalDate paidOn, Status status) {

    public enum Status { PAID, SUSPENDED, RETURNED }
}
