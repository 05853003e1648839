package ma.cimr.teleservices.liquidation;

/**
 * How the claimant chose to be paid: into a bank account (its RIB, key checked) or on a RAHATI
 * card. The same two modes as a pension in payment; the claim keeps its own enum so that the
 * liquidation depends on no retiree code (DD016: the retiree's space may depend on it).
 */
public enum PaymentMode {
    BANK_TRANSFER,
    RAHATI_CARD
}
