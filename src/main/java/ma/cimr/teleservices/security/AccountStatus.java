package ma.cimr.teleservices.security;

/**
 * Where a login stands. Only ACTIVE signs in. CLOSED is final: the login stays reserved so that
 * the audit trail and the requests that name it never point at somebody else (DD013).
 */
public enum AccountStatus {
    /** created, waiting for its user to choose a password through the one-time link */
    PENDING,
    ACTIVE,
    /** stopped by the company's user administrator; can be reactivated */
    SUSPENDED,
    /** what deleting a login means: never reactivated, never given to anybody else */
    CLOSED
}
