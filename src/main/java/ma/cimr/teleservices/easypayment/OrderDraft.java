package ma.cimr.teleservices.easypayment;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * What the orderer typed: the periods and the amount for each, the company's account to debit (a
 * RIB, its key checked by the service), the day the bank executes it, and why an amount is above
 * what its period still owes, if one is (DD040). Checked as a whole by {@link PaymentOrders}:
 * nothing of it is trusted before.
 */
public record OrderDraft(List<OrderLine> lines, @Nullable String rib, @Nullable LocalDate executionDate,
                         @Nullable String aboveDueReason) {

    public OrderDraft {
        lines = List.copyOf(lines);
    }

    /** An order of what is due, with no amount above it. */
    public OrderDraft(List<OrderLine> lines, @Nullable String rib, @Nullable LocalDate executionDate) {
        this(lines, rib, executionDate, null);
    }
}
