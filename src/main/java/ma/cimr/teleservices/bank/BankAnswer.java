package ma.cimr.teleservices.bank;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a bank said about one transfer, later than it was sent: confirmed (the money moved on
 * {@code valueDate}: the event the charter's clocks start from), rejected (it never moved), or
 * returned (it moved, then came back: a closed account). The reason is the bank's, for people.
 */
public record BankAnswer(String messageId, String endToEndId, Outcome outcome, @Nullable String reason,
                         LocalDate valueDate, Instant answeredAt) {

    public enum Outcome { CONFIRMED, REJECTED, RETURNED }
}
