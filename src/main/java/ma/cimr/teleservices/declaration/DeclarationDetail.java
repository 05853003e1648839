package ma.cimr.teleservices.declaration;

import java.util.List;

/** A declaration with its company and its lines: the draft editor, the review and the receipt read it. */
public record DeclarationDetail(DeclarationSummary summary, String adherentNumber, String companyName,
                                List<DeclaredLine> lines) {

    public DeclarationDetail {
        lines = List.copyOf(lines);
    }
}
