package ma.cimr.teleservices.bank;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Money the bank says it received on the fund's account (DD040): the reference the payer wrote in
 * their transfer, the amount, the day it is the fund's ({@code valueDate}: where the charter's
 * clocks start, never when someone noticed it), and the bank's own id of the entry, which makes a
 * repeated notice the same credit.
 */
public record IncomingCredit(String entryId, String reference, BigDecimal amount, LocalDate valueDate,
                             @Nullable String payerName, Instant receivedAt) {
}
