package ma.cimr.teleservices.easypayment;

import ma.cimr.teleservices.shared.value.DuePeriod;

import java.math.BigDecimal;

/**
 * One open due period of the compte adhérent as an order may settle it: what the account says is
 * still owed, minus what other orders waiting or sent to the bank already ask for it.
 *
 * @param due     the period's balance in the compte adhérent today
 * @param ordered what the company's other live orders ask for this period
 */
public record PayableDue(DuePeriod period, BigDecimal due, BigDecimal ordered) {

    /** The most a new order may ask for this period. */
    public BigDecimal payable() {
        BigDecimal left = due.subtract(ordered);
        return left.signum() > 0 ? left : BigDecimal.ZERO;
    }
}
