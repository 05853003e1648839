package ma.cimr.teleservices.security;

/** The company téléservices; each needs its own login. */
public enum Teleservice {
    COMPANY_ACCOUNT, DECLARATION, PAYMENT, LIQUIDATION
}
