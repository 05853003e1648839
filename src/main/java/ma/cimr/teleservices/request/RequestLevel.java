package ma.cimr.teleservices.request;

/** The escalation chain: the fund's own answer, then conciliation, then the external mediator. */
public enum RequestLevel {
    FUND, CONCILIATION, MEDIATION
}
