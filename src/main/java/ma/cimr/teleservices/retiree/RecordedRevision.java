package ma.cimr.teleservices.retiree;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A revision staff recorded, for their page: what changed, from when, on which company payment, by whom. */
public record RecordedRevision(String pensionFileNumber, String holderName, PensionRevision.Motive motive,
                               BigDecimal amountBefore, BigDecimal amount, LocalDate effectiveMonth,
                               @Nullable String bankReference, @Nullable LocalDate paymentConfirmedOn, String recordedBy,
                               @Nullable String approvedBy, Instant recordedAt) {
}
