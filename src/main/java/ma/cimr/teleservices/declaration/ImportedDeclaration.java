package ma.cimr.teleservices.declaration;

/** A draft declaration a file created, to be reviewed and filed (SalaryDeclarations): one per category of the file. */
public record ImportedDeclaration(long id, String categoryCode, int lines) {
}
