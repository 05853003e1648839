package ma.cimr.teleservices.retiree;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A revised pension resting on a company's payment, as the charter's n°3 measures it (DD043): whose,
 * the new monthly amount, and the day the bank confirmed the company's payment. Ids and amounts only.
 */
public record RevisionOnPayment(long retireeId, BigDecimal amount, LocalDate paymentConfirmedOn) {
}
