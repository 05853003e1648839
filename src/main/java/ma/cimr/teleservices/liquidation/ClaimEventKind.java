package ma.cimr.teleservices.liquidation;

/** The steps of a claim's timeline, as the company reads them. */
public enum ClaimEventKind {
    FILED,
    DOCUMENT_ACCEPTED,
    DOCUMENT_REFUSED,
    DOCUMENTS_ASKED,
    DOCUMENT_RECEIVED,
    LIQUIDATION_PROPOSED,
    LIQUIDATED,
    REFUSED
}
