package ma.cimr.teleservices.easypayment;

/**
 * Where a payment order stands (DD033). Waiting for its confirmations, it can still be withdrawn by
 * its orderer (before the first), rejected by a validator or expire; the last confirmation sends it
 * to the bank, whose answer pays it or rejects it.
 */
public enum PaymentOrderStatus {
    AWAITING, WITHDRAWN, REJECTED, EXPIRED, SENT, PAID, BANK_REJECTED;

    /** Still waiting for somebody of the company. */
    public boolean awaiting() {
        return this == AWAITING;
    }

    /** Its periods are spoken for: another order may not ask for them again. */
    public boolean holdsItsPeriods() {
        return this == AWAITING || this == SENT;
    }

    public String labelKey() {
        return "easypayment.status." + name();
    }
}
