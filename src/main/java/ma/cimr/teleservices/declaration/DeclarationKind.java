package ma.cimr.teleservices.declaration;

/** An original declaration of a period, or a recall (télérappel) of salaries left out of it. */
public enum DeclarationKind {
    ORIGINAL, RECALL
}
