package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.shared.value.Money;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A pension in payment, as its beneficiary sees it, with why it is suspended when it is. */
public record RetireePension(String pensionFileNumber, Kind kind, String lastName, String firstName,
                             PaymentMode paymentMode, @Nullable String rib, Money monthlyAmount,
                             LocalDate pensionStart, @Nullable LocalDate suspendedSince,
                             @Nullable SuspensionReason suspensionReason, @Nullable String address, String country,
                             @Nullable String familySituation, LocalDate birthDate,
                             @Nullable String survivorRelation) {

    public enum Kind { RETIREE, SURVIVOR }

    public enum PaymentMode { BANK_TRANSFER, RAHATI_CARD }

    /** Only the last four digits: enough to recognise one's account, useless to anyone else. */
    public @Nullable String maskedRib() {
        return rib == null ? null : "•".repeat(rib.length() - 4) + rib.substring(rib.length() - 4);
    }

    public boolean suspended() {
        return suspendedSince != null;
    }
}
