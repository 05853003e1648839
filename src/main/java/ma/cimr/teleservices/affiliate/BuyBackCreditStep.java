package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.request.CaseStep;
import ma.cimr.teleservices.request.CaseSteps;
import ma.cimr.teleservices.request.RequestSummary;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * A paid buy-back request has a credit step while it is open: the agent enters the amount received
 * on the affiliate feature's screen, which credits the points and answers the request. The request
 * feature learns it from here instead of testing a type code and building our route in its view.
 */
@Component
class BuyBackCreditStep implements CaseSteps {

    @Override
    public Optional<CaseStep> stepFor(RequestSummary request) {
        if (!request.status().isOpen() || !request.type().code().equals(BuyBackCredits.BUY_BACK)) {
            return Optional.empty();
        }
        return Optional.of(new CaseStep("credit-buy-back", "points.credit.open", "backoffice/buy-back/" + request.reference()));
    }
}
