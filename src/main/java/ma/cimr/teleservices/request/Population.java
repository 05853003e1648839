package ma.cimr.teleservices.request;

/** The populations the charter makes promises to, in the charter's order. */
public enum Population {
    RETIREE, AFFILIATE, COMPANY
}
