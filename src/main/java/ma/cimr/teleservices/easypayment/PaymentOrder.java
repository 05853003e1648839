package ma.cimr.teleservices.easypayment;

import ma.cimr.teleservices.shared.value.Rib;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment order as the company's orderer and validators see it: exactly what a validator
 * confirms (periods and amounts, the account debited, the day), who ordered and confirmed it, and
 * where it stands.
 *
 * @param confirmationsRequired what the company asks today (1 or 2): the last confirmation executes it
 * @param closedBy              who withdrew or rejected it ("bank" for the bank)
 * @param reason                why it was rejected (by a validator or the bank)
 * @param bankValueDate         the day the bank confirmed it, once PAID
 * @param aboveDueReason        why the orderer asks more than a period still owes (DD040); null when no amount is above
 */
public record PaymentOrder(long id, String adherentNumber, String legalName, long ordererAccountId, String ordererLogin,
                           Rib debtorAccount, LocalDate executionDate, BigDecimal amount, PaymentOrderStatus status,
                           int version, Instant createdAt, Instant expiresAt, @Nullable String closedBy,
                           @Nullable Instant closedAt, @Nullable String reason, @Nullable LocalDate bankValueDate,
                           List<OrderLine> lines, List<Confirmation> confirmations, int confirmationsRequired,
                           @Nullable String aboveDueReason) {

    public PaymentOrder {
        lines = List.copyOf(lines);
        confirmations = List.copyOf(confirmations);
    }

    /** "EP00000042": quoted on the receipt, the notices, and as the bank's end-to-end reference. */
    public String reference() {
        return reference(id);
    }

    public static String reference(long id) {
        return "EP" + String.format("%08d", id);
    }

    /** The orderer may still change or withdraw it. */
    public boolean changeable() {
        return status.awaiting() && confirmations.isEmpty();
    }

    public boolean confirmedBy(String login) {
        return confirmations.stream().anyMatch(confirmation -> confirmation.validatorLogin().equals(login));
    }
}
