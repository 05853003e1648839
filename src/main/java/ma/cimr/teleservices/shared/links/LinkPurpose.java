package ma.cimr.teleservices.shared.links;

/**
 * What a one-time link is for. A token opens a link only for the purpose it was issued with, so
 * an activation token pasted into the e-mail confirmation page opens nothing. The names are the
 * values of {@code one_time_link.purpose} (its check constraint lists the same six).
 */
public enum LinkPurpose {
    /** A login created for somebody else: its user chooses the password (account feature). */
    ACCOUNT_ACTIVATION,
    /** A new address proves it is the account owner's before it replaces the old one (account). */
    EMAIL_CHANGE,
    /** After a company's signed letter, its user administrator chooses a new password (account). */
    PASSWORD_RESET,
    /** An affiliate opening their space proves the address is theirs (affiliate). */
    AFFILIATE_ENROLMENT,
    /** The delegate named in a company's subscription proves the address is theirs (subscription). */
    COMPANY_SUBSCRIPTION,
    /** A retiree opening their space proves the address on their pension file is theirs (retiree, DD036). */
    RETIREE_ENROLMENT,
    /** A company applying for membership proves the address it gave is its own (membership). */
    MEMBERSHIP_APPLICATION;

    /** Whether the link always acts on an existing account (the others create what they act on). */
    public boolean actsOnAnAccount() {
        return this == ACCOUNT_ACTIVATION || this == EMAIL_CHANGE || this == PASSWORD_RESET;
    }
}
