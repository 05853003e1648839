package ma.cimr.teleservices.declaration;

import java.util.List;

/**
 * What sending a file came to: either drafts were created (one per category, every line imported)
 * or nothing was, and the check lists every problem, from the file itself or from the fund's data,
 * in the one report format.
 */
public record DeclarationImportOutcome(DeclarationFileResult check, List<ImportedDeclaration> declarations) {

    public DeclarationImportOutcome {
        declarations = List.copyOf(declarations);
    }

    public boolean imported() {
        return !declarations.isEmpty();
    }

    public int importedLines() {
        return declarations.stream().mapToInt(ImportedDeclaration::lines).sum();
    }
}
