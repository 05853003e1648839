package ma.cimr.teleservices.easypayment;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * What the orderer typed: the periods and the amount for each, the company's account to debit (a
 * RIB, its key checked by the service) and the day the bank executes it. Checked as a whole by
 * {@link PaymentOrders}: nothing of it is trusted before.
 */
public record OrderDraft(List<OrderLine> lines, @Nullable String rib, @Nullable LocalDate executionDate) {

    public OrderDraft {
        lines = List.copyOf(lines);
    }
}
