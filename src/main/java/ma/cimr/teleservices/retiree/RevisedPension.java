package ma.cimr.teleservices.retiree;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A pension as staff see it before revising it (DD043): its holder, the amount liquidated, the
 * amount in payment (a July revaluation may have changed it), and the first month the run has yet
 * to pay, from which a revision recorded now is paid.
 */
public record RevisedPension(long retireeId, String pensionFileNumber, String holderName, BigDecimal liquidatedAmount,
                             BigDecimal currentAmount, LocalDate nextMonthToPay) {
}
