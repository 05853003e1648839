package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.affiliate.repository.AffiliateRepository;
import ma.cimr.teleservices.affiliate.repository.BuyBackRepository;
import ma.cimr.teleservices.affiliate.repository.GrantedPointsRepository;
import ma.cimr.teleservices.affiliate.rules.Figure;
import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.approval.Approvals;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestDetail;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A paid buy-back credited: the agent working an affiliate's buy-back request credits the payment
 * the fund received (its amount and bank reference: since DD040 the payment the bank notified and
 * that was identified with the buy-back, before it the one the agent typed), and the points it buys
 * at this year's point price are credited for this year to the affiliate who asked, never to one
 * named in a form. Four eyes (DD025): the payment must match the amount the affiliate declared when asking,
 * a payment is credited once, nothing above {@code portal.buy-back.max-amount} is credited, and
 * above {@code portal.buy-back.approval-threshold} a second staff member approves the credit. A
 * request is credited once; invalid input credits nothing (a {@link Refusal} says why).
 */
@Service
public class BuyBackCredits {

    static final String BUY_BACK = "AFFILIATE_BUYBACK";
    private static final String AGENT = "hasRole('" + Roles.AGENT + "')";
    /** As banks print them: letters, digits, dashes, slashes and spaces. */
    private static final Pattern BANK_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 /-]{3,39}");

    private final RequestDesk desk;
    private final BuyBackRepository buyBacks;
    private final AffiliateRepository affiliates;
    private final GrantedPointsRepository grantedPoints;
    private final PensionParameterService parameters;
    private final BuyBackCrediting crediting;
    private final Approvals approvals;
    private final Clock clock;
    private final BigDecimal maxAmount;
    private final BigDecimal approvalThreshold;

    BuyBackCredits(RequestDesk desk, BuyBackRepository buyBacks, AffiliateRepository affiliates,
                   GrantedPointsRepository grantedPoints, PensionParameterService parameters, BuyBackCrediting crediting,
                   Approvals approvals, Clock clock,
                   @Value("${portal.buy-back.max-amount:500000}") BigDecimal maxAmount,
                   @Value("${portal.buy-back.approval-threshold:50000}") BigDecimal approvalThreshold) {
        this.desk = desk;
        this.buyBacks = buyBacks;
        this.affiliates = affiliates;
        this.grantedPoints = grantedPoints;
        this.parameters = parameters;
        this.crediting = crediting;
        this.approvals = approvals;
        this.clock = clock;
        this.maxAmount = maxAmount;
        this.approvalThreshold = approvalThreshold;
    }

    /**
     * What the agent checks before crediting: the request, whose it is, this year's point price,
     * the amount the affiliate declared, the bounds, and a credit waiting for a second person.
     */
    public record BuyBackCase(String reference, String subject, String description, boolean open, String matricule,
                              String affiliateName, int year, BigDecimal pointPrice, boolean credited,
                              @Nullable BigDecimal declaredAmount, BigDecimal maxAmount, BigDecimal approvalThreshold,
                              @Nullable String proposedBy, @Nullable BuyBackPayment payment) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AGENT)
    public BuyBackCase find(String reference) {
        RequestDetail request = buyBackRequest(reference);
        AffiliateProfile affiliate = affiliates.findProfile(crediting.requesterId(reference)).orElseThrow();
        int year = crediting.thisYear();
        String requestReference = request.summary().reference();
        return new BuyBackCase(requestReference, request.summary().subject(), request.description(),
                request.summary().status().isOpen(), affiliate.matricule(),
                affiliate.lastName() + " " + affiliate.firstName(), year, parameters.parameters().pointPrice(year),
                grantedPoints.buyBackCredited(requestReference), grantedPoints.declaredBuyBack(requestReference).orElse(null),
                maxAmount, approvalThreshold,
                approvals.pendingOn(requestReference).map(Approval::proposedBy).orElse(null),
                identifiedPayment(requestReference).orElse(null));
    }

    /** The points an amount buys this year, with how, before anything is credited. */
    @Transactional(readOnly = true)
    @PreAuthorize(AGENT)
    public Figure pointsFor(BigDecimal amountPaid) {
        return crediting.pointsBought(Objects.requireNonNull(amountPaid));
    }

    /**
     * Credits the points the payment buys, audits it and answers the request; or, above the
     * approval threshold, proposes the credit to a second staff member and returns empty.
     *
     * @param bankReference the payment's reference on the fund's bank statement
     */
    @Transactional
    @PreAuthorize(AGENT)
    public Optional<GrantedPoints> credit(String reference, BigDecimal amountPaid, String bankReference) {
        RequestDetail request = buyBackRequest(reference);
        String requestReference = request.summary().reference();
        crediting.creditable(requestReference);
        long affiliateId = crediting.requesterId(requestReference);
        Figure bought = crediting.pointsBought(Objects.requireNonNull(amountPaid));
        BigDecimal paid = amountPaid.setScale(2, RoundingMode.HALF_UP);
        if (paid.compareTo(maxAmount) > 0) {
            throw new Refusal("points.credit.error.aboveMaximum", maxAmount.toPlainString());
        }
        BigDecimal declared = grantedPoints.declaredBuyBack(requestReference)
                .orElseThrow(() -> new Refusal("points.credit.error.noDeclaredAmount"));
        if (paid.compareTo(declared) != 0) {
            throw new Refusal("points.credit.error.amountMismatch", declared.toPlainString());
        }
        String payment = bankReference == null ? "" : bankReference.strip();
        if (!BANK_REFERENCE.matcher(payment).matches()) {
            throw new Refusal("points.credit.error.bankReference");
        }
        // a buy-back asked since DD040 is credited against the payment the bank notified, nothing else
        Optional<BuyBackPayment> identified = identifiedPayment(requestReference);
        if (identified.isPresent() && !identified.get().bankEntryId().equals(payment)) {
            throw new Refusal("buyback.error.notThePayment", identified.get().bankEntryId());
        }
        crediting.requireUnused(payment);
        if (paid.compareTo(approvalThreshold) <= 0) {
            try {
                return Optional.of(crediting.credit(requestReference, paid, payment));
            } catch (DuplicateKeyException creditedMeanwhile) {
                // two agents at the same instant: the unique indexes let one credit through, the other is told
                throw new Refusal("points.credit.error.alreadyCredited");
            }
        }
        AffiliateProfile affiliate = affiliates.findProfile(affiliateId).orElseThrow();
        var change = new LinkedHashMap<String, String>();
        change.put("affiliate", affiliate.matricule() + " — " + affiliate.lastName() + " " + affiliate.firstName());
        change.put("amount", paid.toPlainString());
        change.put("bankReference", payment);
        change.put("points", bought.value().toPlainString());
        approvals.propose(BuyBackCreditApproval.ACTION, requestReference, change);
        return Optional.empty();
    }

    private Optional<BuyBackPayment> identifiedPayment(String requestReference) {
        return buyBacks.byRequest(requestReference).flatMap(buyBack -> buyBacks.paymentOf(buyBack.id()));
    }

    private RequestDetail buyBackRequest(String reference) {
        RequestDetail request = desk.detail(reference);
        if (!request.summary().type().code().equals(BUY_BACK)) {
            throw new Refusal("points.credit.error.notBuyBack");
        }
        return request;
    }
}
