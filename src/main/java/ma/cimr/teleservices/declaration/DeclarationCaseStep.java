package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.declaration.repository.AmendmentRepository;
import ma.cimr.teleservices.request.CaseStep;
import ma.cimr.teleservices.request.CaseSteps;
import ma.cimr.teleservices.request.RequestSummary;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/**
 * An open declaration, recall or cancellation request is worked on the declaration's own staff
 * page (process, accept, refuse): the request's case page links there, as for a paid buy-back.
 */
@Component
class DeclarationCaseStep implements CaseSteps {

    private static final Set<String> TYPES = Set.of("COMPANY_DECLARATION", "COMPANY_RECALL", "COMPANY_CANCELLATION");

    private final AmendmentRepository amendments;

    DeclarationCaseStep(AmendmentRepository amendments) {
        this.amendments = amendments;
    }

    @Override
    public Optional<CaseStep> stepFor(RequestSummary request) {
        if (!request.status().isOpen() || !TYPES.contains(request.type().code())) {
            return Optional.empty();
        }
        return amendments.declarationOfRequest(request.reference()).map(id ->
                new CaseStep("work-declaration", "declaration.processing.open", "backoffice/declarations/" + id));
    }
}
