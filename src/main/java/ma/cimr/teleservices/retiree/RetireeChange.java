package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.retiree.RetireePension.PaymentMode;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A change a retiree asked (bank details or payment mode, address, family situation): a service
 * request with its structured content, which staff accept or reject; accepted, it changes the
 * pension file the next monthly run reads.
 */
public record RetireeChange(long id, String requestReference, String pensionFileNumber, String holderName, Kind kind,
                            @Nullable PaymentMode paymentMode, @Nullable String rib, @Nullable String address,
                            @Nullable String country, @Nullable String familySituation, Instant askedAt,
                            Status status) {

    public enum Kind { PAYMENT, ADDRESS, FAMILY }

    public enum Status { PENDING, ACCEPTED, REJECTED }

    /** The day before which a bank change must be asked to reach the next month's payment (allocataires n°4). */
    public static final int PAYMENT_CHANGE_DAY = 15;

    /**
     * The first monthly payment a bank change reaches, accepted in time: next month's when asked
     * before the 15th, otherwise the one after (allocataires n°4).
     */
    public static LocalDate firstPaymentReached(LocalDate askedOn) {
        LocalDate nextMonth = askedOn.withDayOfMonth(1).plusMonths(1);
        return askedOn.getDayOfMonth() < PAYMENT_CHANGE_DAY ? nextMonth : nextMonth.plusMonths(1);
    }

    public LocalDate firstPaymentReached(ZoneId zone) {
        return firstPaymentReached(LocalDate.ofInstant(askedAt, zone));
    }

    public @Nullable String maskedRib() {
        return rib == null ? null : "•".repeat(rib.length() - 4) + rib.substring(rib.length() - 4);
    }
}
