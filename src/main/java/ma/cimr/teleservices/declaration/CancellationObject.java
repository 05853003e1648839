package ma.cimr.teleservices.declaration;

/** Why a company asks to cancel a declaration (téléannulation): the few cases the fund sees, or another, explained. */
public enum CancellationObject {
    WRONG_PERIOD, WRONG_CATEGORY, DECLARED_TWICE, OTHER
}
