package ma.cimr.teleservices.membership;

import ma.cimr.teleservices.affiliate.PensionParameterService;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ContributionRate;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Product;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The fund's retirement offers a company chooses from when it joins or changes its rate: each
 * product's rate steps in force this year. They are the pension parameters the administrator edits
 * under four eyes (DD025, {@code backoffice/pension-parameters}), read afresh: one scale for the
 * simulator, the applications and the contracts, never a copy that could drift (DD034).
 */
@Service
public class RetirementOffers {

    private final PensionParameterService parameters;
    private final Clock clock;

    RetirementOffers(PensionParameterService parameters, Clock clock) {
        this.parameters = parameters;
        this.clock = clock;
    }

    /** The products on offer. */
    public List<Product> products() {
        return List.of(Product.values());
    }

    /** The product's steps in force this year, lowest rate first. Public: the fund publishes them. */
    @Transactional(readOnly = true)
    public List<RateStep> steps(Product product) {
        int year = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE).getYear();
        return parameters.parameters().contributionRates(product, year).stream()
                .map(RetirementOffers::step)
                .sorted(Comparator.comparing(RateStep::employeeRate))
                .toList();
    }

    /** The step chosen, with its rates now; refused when the product has no such step. */
    @Transactional(readOnly = true)
    public RateStep step(Product product, int step) {
        return steps(product).stream().filter(s -> s.step() == step).findFirst()
                .orElseThrow(() -> new Refusal("membership.error.rateStep"));
    }

    private static RateStep step(ContributionRate rate) {
        return new RateStep(rate.product(), rate.step(), rate.employeeRate(), rate.employerRate(), rate.illustrative());
    }
}
