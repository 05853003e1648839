package ma.cimr.teleservices.delegate;

/** How a télédéclaration user sends the salaries: a file from the company's payroll, or the online form. */
public enum DeclarationMode {
    /** « Fichier préétabli » */
    FILE,
    /** « Formulaire de saisie » */
    FORM
}
