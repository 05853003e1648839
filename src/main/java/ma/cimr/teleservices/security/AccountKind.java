package ma.cimr.teleservices.security;

/** Who an account belongs to; it decides the user space the account lands in. */
public enum AccountKind {
    DELEGATE, COMPANY_USER, AFFILIATE, RETIREE, STAFF
}
