package ma.cimr.teleservices.companyaccount;

/**
 * Where a payment's confirmation came from: a line of the fund's bank statement recorded by staff,
 * or an E@sypaiement order executed by the bank (issue 12), which records itself.
 */
public enum PaymentSource {
    BANK_STATEMENT, EASYPAIEMENT
}
