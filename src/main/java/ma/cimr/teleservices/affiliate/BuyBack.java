package ma.cimr.teleservices.affiliate;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A points buy-back as the affiliate asked for it and follows it (DD040): the points and what they
 * cost at the year's point price, the reference their transfer must quote, and how far it went:
 * waiting for the money, the money identified (with the bank's value date and the two requests that
 * then started the charter's clocks), the points credited.
 *
 * @param valueDate         the day the bank says the money was the fund's; null until identified
 * @param requestReference  the n°4 request (points credited), filed when the payment is identified
 * @param statementRequestReference the n°3 request (statement updated), filed at the same moment
 */
public record BuyBack(long id, String paymentReference, int year, BigDecimal pointPrice, BigDecimal points,
                      BigDecimal amount, Instant askedAt, Status status, @Nullable LocalDate valueDate,
                      @Nullable Instant identifiedAt, @Nullable String requestReference,
                      @Nullable String statementRequestReference) {

    public enum Status {
        AWAITING_PAYMENT, PAYMENT_IDENTIFIED, CREDITED;

        public String labelKey() {
            return "buyback.status." + name();
        }
    }
}
