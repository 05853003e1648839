package ma.cimr.teleservices.companyaccount;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment in the compte adhérent, with who recorded it and when, and the charter's n°5 request
 * that measured how long the account took to show it after the bank's confirmation.
 */
public record RecordedPayment(long id, String adherentNumber, String legalName, BigDecimal amount, String bankReference,
                              LocalDate valueDate, PaymentSource source, String recordedBy, Instant recordedAt,
                              @Nullable String requestReference, List<PaymentAllocation> periods) {

    public RecordedPayment {
        periods = List.copyOf(periods);
    }
}
