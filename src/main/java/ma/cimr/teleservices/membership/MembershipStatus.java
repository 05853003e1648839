package ma.cimr.teleservices.membership;

/** Where an application stands, as the applicant and staff read it. */
public enum MembershipStatus {
    /** Stored; the applicant has not yet opened the link sent to the address they gave. */
    AWAITING_EMAIL,
    /** The address is proven: the charter's 5 business days run (adhérents n°6). */
    SUBMITTED,
    /** Staff asked for papers: the clock is paused until the applicant sends them. */
    WAITING_FOR_DOCUMENTS,
    ACCEPTED,
    REFUSED;

    public boolean decided() {
        return this == ACCEPTED || this == REFUSED;
    }
}
