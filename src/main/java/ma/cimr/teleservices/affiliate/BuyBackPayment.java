package ma.cimr.teleservices.affiliate;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Money the bank credited on the fund's account, as the buy-backs read it (DD040): what the payer
 * wrote and paid, on which value date, and the buy-back it was identified with, automatically
 * ({@code identifiedBy} is the system) or by a staff member; unidentified until then.
 *
 * @param buyBackReference the payment reference of the buy-back it pays; null while unidentified
 */
public record BuyBackPayment(long id, String bankEntryId, String reference, BigDecimal amount, LocalDate valueDate,
                             @Nullable String payerName, Instant receivedAt, @Nullable String buyBackReference,
                             @Nullable Instant identifiedAt, @Nullable String identifiedBy) {
}
