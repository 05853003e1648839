package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.declaration.repository.DeclarationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Collection;

/**
 * A draft's lines against the fund's data, whichever way they came (form or file): an affiliate
 * whose affiliations are all with other companies, declared with no entry date, is another
 * company's affiliate; a newcomer's CIN that the fund already knows must be declared under its
 * matricule. Two queries for the whole declaration, however many lines (20 000 for a large
 * employer), never one per line; {@link SalaryDeclarations#file} runs them before filing, and a
 * file import may run them on its draft too.
 */
@Component
public class DeclarationChecks {

    /** At most this many problems of each kind are listed: the company fixes its data, not a list of 20 000. */
    public static final int MAX_LISTED = 200;

    private final DeclarationRepository declarations;

    DeclarationChecks(DeclarationRepository declarations) {
        this.declarations = declarations;
    }

    /** The lines the fund's data contradicts, in line order; empty when the draft may be filed as far as lines go. */
    @Transactional(readOnly = true)
    public List<LineProblem> problems(long declarationId) {
        List<LineProblem> problems = new ArrayList<>();
        for (var line : declarations.linesOfAnotherCompany(declarationId, MAX_LISTED)) {
            problems.add(new LineProblem(line.lineNumber(), "declaration.review.error.anotherCompany",
                    List.of(String.valueOf(line.lineNumber()), line.identifier())));
        }
        for (var line : declarations.newcomersAlreadyKnown(declarationId, MAX_LISTED)) {
            problems.add(new LineProblem(line.lineNumber(), "declaration.review.error.knownCin",
                    List.of(String.valueOf(line.lineNumber()), line.identifier())));
        }
        problems.sort(Comparator.comparingInt(LineProblem::lineNumber));
        return problems;
    }

    /** The fund's affiliates among these matricules (one query), by matricule: a matricule missing here is unknown. */
    @Transactional(readOnly = true)
    public Map<String, Long> knownMatricules(Collection<String> matricules) {
        return declarations.affiliateIds(matricules);
    }
}
