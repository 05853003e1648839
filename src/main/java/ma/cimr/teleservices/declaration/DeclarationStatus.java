package ma.cimr.teleservices.declaration;

/**
 * Where a télédéclaration stands (DD027): a draft until filed; taking it in charge, processing and
 * cancelling are staff's. The one name of these states: the {@code declaration.status} column is
 * read as this enum (forced type), screens, services and the compte adhérent compare it.
 */
public enum DeclarationStatus {
    DRAFT, FILED, PROCESSING, PROCESSED, CANCELLED;

    /** Filed and not cancelled: what the charter clock runs on and the compte adhérent counts. */
    public boolean filed() {
        return this == FILED || this == PROCESSING || this == PROCESSED;
    }

    /** Still to process: filed, or taken in charge and not finished. */
    public boolean awaitsProcessing() {
        return this == FILED || this == PROCESSING;
    }
}
