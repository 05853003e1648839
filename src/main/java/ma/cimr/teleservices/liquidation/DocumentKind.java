package ma.cimr.teleservices.liquidation;

/** The papers a pension claim may be asked for; which ones, {@link ClaimKind#requiredDocuments} says. */
public enum DocumentKind {
    CIN_COPY,
    BIRTH_CERTIFICATE,
    WORK_CERTIFICATE,
    RIB_CERTIFICATE,
    MARRIAGE_CERTIFICATE,
    DEATH_CERTIFICATE,
    CIVIL_STATUS_RECORD,
    SCHOOLING_CERTIFICATE
}
