package ma.cimr.teleservices.declaration;

/** How a declaration came in: typed in the online form, or sent as a file. */
public enum DeclarationChannel {
    FORM, FILE
}
