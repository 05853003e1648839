package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.affiliate.repository.AffiliateRepository;
import ma.cimr.teleservices.affiliate.repository.BuyBackRepository;
import ma.cimr.teleservices.affiliate.repository.GrantedPointsRepository;
import ma.cimr.teleservices.affiliate.rules.Figure;
import ma.cimr.teleservices.affiliate.rules.PensionParameters;
import ma.cimr.teleservices.affiliate.rules.PointsCalculator;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestDetail;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.util.Locale;

/**
 * The credit itself, once every check passed: by the agent at once for a small amount, or by the
 * second person who approved a large one ({@link BuyBackCreditApproval}, DD025). The points are
 * bought at this year's point price for the affiliate who filed the request, never one named in a
 * form; the credit names the payment it rests on, is audited, and answers the request (and, for a
 * buy-back asked since DD040, its statement-update request too).
 */
@Component
class BuyBackCrediting {

    private final RequestDesk desk;
    private final BuyBackRepository buyBacks;
    private final AffiliateRepository affiliates;
    private final GrantedPointsRepository grantedPoints;
    private final PensionParameterService parameters;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final PortalI18NProvider i18n;
    private final Clock clock;

    BuyBackCrediting(RequestDesk desk, BuyBackRepository buyBacks, AffiliateRepository affiliates, GrantedPointsRepository grantedPoints,
                     PensionParameterService parameters, AuditTrail auditTrail, CurrentUser currentUser,
                     PortalI18NProvider i18n, Clock clock) {
        this.desk = desk;
        this.buyBacks = buyBacks;
        this.affiliates = affiliates;
        this.grantedPoints = grantedPoints;
        this.parameters = parameters;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** An open buy-back request, not credited yet. */
    RequestDetail creditable(String reference) {
        RequestDetail request = desk.detail(reference);
        if (!request.summary().type().code().equals(BuyBackCredits.BUY_BACK)) {
            throw new Refusal("points.credit.error.notBuyBack");
        }
        if (!request.summary().status().isOpen()) {
            throw new Refusal("points.credit.error.closed");
        }
        if (grantedPoints.buyBackCredited(request.summary().reference())) {
            throw new Refusal("points.credit.error.alreadyCredited");
        }
        return request;
    }

    /** Only a request filed from the affiliate's own space says for sure whose points these are. */
    long requesterId(String reference) {
        return desk.requesterAccount(reference).flatMap(affiliates::affiliateOfAccount)
                .orElseThrow(() -> new Refusal("points.credit.error.noAffiliate"));
    }

    /** A payment is credited once, whatever request it is typed on. */
    void requireUnused(String bankReference) {
        if (grantedPoints.bankReferenceCredited(bankReference)) {
            throw new Refusal("points.credit.error.bankReferenceUsed");
        }
    }

    Figure pointsBought(BigDecimal amountPaid) {
        return new PointsCalculator(parameters.parameters()).pointsBought(thisYear(), amountPaid);
    }

    GrantedPoints credit(String reference, BigDecimal amountPaid, String bankReference) {
        RequestDetail request = creditable(reference);
        String requestReference = request.summary().reference();
        requireUnused(bankReference);
        long affiliateId = requesterId(reference);
        AffiliateProfile affiliate = affiliates.findProfile(affiliateId).orElseThrow();
        int year = thisYear();
        PensionParameters rules = parameters.parameters();
        Figure bought = new PointsCalculator(rules).pointsBought(year, amountPaid);
        BigDecimal paid = amountPaid.setScale(2, RoundingMode.HALF_UP);
        String login = currentUser.require().login();
        Instant now = clock.instant();
        long id = grantedPoints.add(affiliateId, year, StatementLine.Nature.BUY_BACK, bought.value(), requestReference,
                paid, bankReference, login, now);
        auditTrail.record(login, "POINTS_CREDITED", "affiliate " + affiliate.matricule(),
                "BUY_BACK " + requestReference + ": " + bought.value().toPlainString() + " points for "
                        + paid.toPlainString() + " DH, payment " + bankReference, null);
        Locale locale = PortalI18NProvider.supported(Locale.forLanguageTag(request.language()));
        desk.answer(requestReference, i18n.getTranslation("points.credit.answer", locale,
                Formats.amount(paid, locale), Formats.amount(bought.value(), locale),
                Formats.amount(rules.pointPrice(year), locale), String.valueOf(year)));
        // the statement shows them from now: its update (affiliés n°3, DD040) is answered with the credit
        buyBacks.byRequest(requestReference).map(BuyBack::statementRequestReference)
                .filter(statement -> desk.detail(statement).summary().status().isOpen())
                .ifPresent(statement -> desk.answer(statement, i18n.getTranslation("buyback.statementRequest.answer",
                        locale, Formats.amount(bought.value(), locale), requestReference)));
        return new GrantedPoints(id, year, StatementLine.Nature.BUY_BACK, bought.value(), requestReference, paid, login,
                now);
    }

    int thisYear() {
        return LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE).getYear();
    }
}
