package ma.cimr.teleservices.liquidation;

/** Where a pension claim stands: with staff, waiting for papers from the company, or decided. */
public enum ClaimStatus {
    FILED,
    WAITING_FOR_DOCUMENTS,
    LIQUIDATED,
    REFUSED;

    public boolean open() {
        return this == FILED || this == WAITING_FOR_DOCUMENTS;
    }
}
