package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.affiliate.repository.BuyBackRepository;
import ma.cimr.teleservices.request.CaseStep;
import ma.cimr.teleservices.request.CaseSteps;
import ma.cimr.teleservices.request.RequestSummary;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * A paid buy-back request has a credit step while it is open: the agent enters the amount received
 * on the affiliate feature's screen, which credits the points and answers the request; so has the
 * statement's update filed with it since DD040, which the same credit answers. The request
 * feature learns it from here instead of testing a type code and building our route in its view.
 */
@Component
class BuyBackCreditStep implements CaseSteps {

    private final BuyBackRepository buyBacks;

    BuyBackCreditStep(BuyBackRepository buyBacks) {
        this.buyBacks = buyBacks;
    }

    @Override
    public Optional<CaseStep> stepFor(RequestSummary request) {
        if (!request.status().isOpen()) {
            return Optional.empty();
        }
        String code = request.type().code();
        if (code.equals(BuyBackCredits.BUY_BACK)) {
            return Optional.of(step(request.reference()));
        }
        // the statement's update (n°3, DD040) is done by the same credit, on its buy-back's request
        if (code.equals(BuyBackIdentification.STATEMENT_TYPE)) {
            return buyBacks.byStatementRequest(request.reference()).map(BuyBack::requestReference).map(this::step);
        }
        return Optional.empty();
    }

    private CaseStep step(String creditRequest) {
        return new CaseStep("credit-buy-back", "points.credit.open", "backoffice/buy-back/" + creditRequest);
    }
}
