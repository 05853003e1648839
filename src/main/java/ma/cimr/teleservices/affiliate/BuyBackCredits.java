package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.affiliate.repository.AffiliateRepository;
import ma.cimr.teleservices.affiliate.repository.GrantedPointsRepository;
import ma.cimr.teleservices.affiliate.rules.Figure;
import ma.cimr.teleservices.affiliate.rules.PensionParameters;
import ma.cimr.teleservices.affiliate.rules.PointsCalculator;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.affiliate.PensionParameterService;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestDetail;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A paid buy-back credited: the agent working an affiliate's buy-back request enters the amount
 * received, and the points it buys at this year's point price (as the simulator priced them) are
 * credited for this year to the affiliate who filed the request, never to one named in a form.
 * The credit is audited and answers the request, so the affiliate is told, finds it among their
 * requests and sees the points on their statement. A request is credited once; invalid input
 * credits nothing (a {@link Refusal} says why).
 */
@Service
public class BuyBackCredits {

    static final String BUY_BACK = "AFFILIATE_BUYBACK";
    private static final String AGENT = "hasRole('" + Roles.AGENT + "')";

    private final RequestDesk desk;
    private final AffiliateRepository affiliates;
    private final GrantedPointsRepository grantedPoints;
    private final PensionParameterService parameters;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final PortalI18NProvider i18n;
    private final Clock clock;

    BuyBackCredits(RequestDesk desk, AffiliateRepository affiliates, GrantedPointsRepository grantedPoints,
                   PensionParameterService parameters, AuditTrail auditTrail, CurrentUser currentUser,
                   PortalI18NProvider i18n, Clock clock) {
        this.desk = desk;
        this.affiliates = affiliates;
        this.grantedPoints = grantedPoints;
        this.parameters = parameters;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** What the agent checks before crediting: the request, whose it is, this year's point price. */
    public record BuyBackCase(String reference, String subject, String description, boolean open, String matricule,
                              String affiliateName, int year, BigDecimal pointPrice, boolean credited) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AGENT)
    public BuyBackCase find(String reference) {
        RequestDetail request = buyBackRequest(reference);
        AffiliateProfile affiliate = requester(reference);
        int year = thisYear();
        return new BuyBackCase(request.summary().reference(), request.summary().subject(), request.description(),
                request.summary().status().isOpen(), affiliate.matricule(),
                affiliate.lastName() + " " + affiliate.firstName(), year, parameters.parameters().pointPrice(year),
                grantedPoints.buyBackCredited(request.summary().reference()));
    }

    /** The points an amount buys this year, with how, before anything is credited. */
    @Transactional(readOnly = true)
    @PreAuthorize(AGENT)
    public Figure pointsFor(BigDecimal amountPaid) {
        return new PointsCalculator(parameters.parameters()).pointsBought(thisYear(), Objects.requireNonNull(amountPaid));
    }

    /** Credits the points the amount paid buys, audits it, and answers the request with it. */
    @Transactional
    @PreAuthorize(AGENT)
    public GrantedPoints credit(String reference, BigDecimal amountPaid) {
        RequestDetail request = buyBackRequest(reference);
        String requestReference = request.summary().reference();
        if (!request.summary().status().isOpen()) {
            throw new Refusal("points.credit.error.closed");
        }
        if (grantedPoints.buyBackCredited(requestReference)) {
            throw new Refusal("points.credit.error.alreadyCredited");
        }
        long affiliateId = requesterId(reference);
        AffiliateProfile affiliate = affiliates.findProfile(affiliateId).orElseThrow();
        int year = thisYear();
        PensionParameters rules = parameters.parameters();
        Figure bought = new PointsCalculator(rules).pointsBought(year, Objects.requireNonNull(amountPaid));
        BigDecimal paid = amountPaid.setScale(2, java.math.RoundingMode.HALF_UP);
        String login = currentUser.require().login();
        Instant now = clock.instant();
        long id = grantedPoints.add(affiliateId, year, StatementLine.Nature.BUY_BACK, bought.value(), requestReference,
                paid, login, now);
        auditTrail.record(login, "POINTS_CREDITED", "affiliate " + affiliate.matricule(),
                "BUY_BACK " + requestReference + ": " + bought.value().toPlainString() + " points for "
                        + paid.toPlainString() + " DH", null);
        Locale locale = PortalI18NProvider.supported(Locale.forLanguageTag(request.language()));
        desk.answer(requestReference, i18n.getTranslation("points.credit.answer", locale,
                Formats.amount(paid, locale), Formats.amount(bought.value(), locale),
                Formats.amount(rules.pointPrice(year), locale), String.valueOf(year)));
        return new GrantedPoints(id, year, StatementLine.Nature.BUY_BACK, bought.value(), requestReference, paid, login,
                now);
    }

    private RequestDetail buyBackRequest(String reference) {
        RequestDetail request = desk.detail(reference);
        if (!request.summary().type().code().equals(BUY_BACK)) {
            throw new Refusal("points.credit.error.notBuyBack");
        }
        return request;
    }

    private AffiliateProfile requester(String reference) {
        return affiliates.findProfile(requesterId(reference)).orElseThrow();
    }

    /** Only a request filed from the affiliate's own space says for sure whose points these are. */
    private long requesterId(String reference) {
        return desk.requesterAccount(reference).flatMap(affiliates::affiliateOfAccount)
                .orElseThrow(() -> new Refusal("points.credit.error.noAffiliate"));
    }

    private int thisYear() {
        return LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE).getYear();
    }
}
