package ma.cimr.teleservices.companyaccount;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a period's history in the compte adhérent: a declaration filed, cancelled, a recall
 * accepted, a payment received, a month of surcharge.
 *
 * @param detail what the line is about as the company knows it: the category's code, the bank's
 *               reference (empty for a surcharge)
 * @param amount what it adds to the balance: positive for what is owed, negative for a payment or a
 *               cancellation
 * @param unpaid for a surcharge, the contributions still unpaid it was computed on; otherwise null
 */
public record AccountEntry(LocalDate date, Kind kind, String detail, BigDecimal amount, @Nullable BigDecimal unpaid) {

    /** In the order they are listed when they fall on the same day. */
    public enum Kind {
        DECLARATION_FILED, RECALL_ACCEPTED, DECLARATION_CANCELLED, SURCHARGE, PAYMENT_RECEIVED;

        /** The key of its label on screens and in the PDFs. */
        public String labelKey() {
            return "companyaccount.entry." + name();
        }
    }
}
