package ma.cimr.teleservices.request;

/** The fund's teams that work requests; conciliation is independent of the three others. */
public enum Team {
    RETIREES, AFFILIATES, COMPANIES, CONCILIATION
}
