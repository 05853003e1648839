package ma.cimr.teleservices.declaration.repository;

/** A draft declaration an import created: one per category present in the file. */
public record CreatedDeclaration(long id, long categoryId, String categoryCode, int lineCount) {
}
