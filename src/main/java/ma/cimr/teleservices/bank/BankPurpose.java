package ma.cimr.teleservices.bank;

/**
 * Why a message went to the bank, and so which feature acts on the bank's answers: a company's
 * E@sypaiement order, or one bank's share of the monthly pension run.
 */
public enum BankPurpose {
    COMPANY_PAYMENT, PENSION_RUN
}
