package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.affiliate.repository.BuyBackRepository;
import ma.cimr.teleservices.affiliate.repository.BuyBackRepository.Locked;
import ma.cimr.teleservices.affiliate.repository.GrantedPointsRepository;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.bank.IncomingCredit;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The moment a buy-back's money is identified (DD040), where the charter's two clocks start: the
 * bank's credit is kept; when its reference is an open buy-back's and the amount is the one asked,
 * it is identified at once, otherwise it waits for staff ({@link BuyBackPayments}). Identifying files,
 * for the affiliate who asked, the n°4 request (points credited within 8 business days) received at
 * the identification and the n°3 request (statement updated within 4 business days) received at the
 * bank's value date; crediting the points answers both. Neither date can be moved afterwards: they
 * are the requests' reception, and a payment is identified once (row locks, then a unique index).
 */
@Component
class BuyBackIdentification {

    static final String CREDIT_TYPE = BuyBackCredits.BUY_BACK;
    static final String STATEMENT_TYPE = "AFFILIATE_BUYBACK_STATEMENT";
    /** Who identified a payment whose reference and amount said it all. */
    static final String SYSTEM = "système";

    private final BuyBackRepository buyBacks;
    private final GrantedPointsRepository grantedPoints;
    private final ServiceRequests serviceRequests;
    private final AuditTrail auditTrail;
    private final PortalI18NProvider i18n;
    private final Clock clock;

    BuyBackIdentification(BuyBackRepository buyBacks, GrantedPointsRepository grantedPoints,
                          ServiceRequests serviceRequests, AuditTrail auditTrail, PortalI18NProvider i18n, Clock clock) {
        this.buyBacks = buyBacks;
        this.grantedPoints = grantedPoints;
        this.serviceRequests = serviceRequests;
        this.auditTrail = auditTrail;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** A credit the bank notified on the fund's account, in the transaction that marks it delivered. */
    @Transactional(propagation = Propagation.MANDATORY)
    void received(IncomingCredit credit) {
        Optional<Long> paymentId = buyBacks.insertPayment(credit.entryId(), credit.reference(), credit.amount(),
                credit.valueDate(), credit.payerName(), credit.receivedAt());
        if (paymentId.isEmpty()) {
            return;
        }
        Optional<Locked> buyBack = PaymentReferences.read(credit.reference()).flatMap(buyBacks::lockByPaymentReference);
        if (buyBack.isEmpty() || buyBack.get().paid() || buyBack.get().amount().compareTo(credit.amount()) != 0) {
            auditTrail.record(SYSTEM, "BUY_BACK_PAYMENT_UNIDENTIFIED", credit.entryId(),
                    credit.amount().toPlainString() + " DH, reference \"" + credit.reference() + "\", value "
                            + credit.valueDate(), null);
            return;
        }
        identify(paymentId.get(), buyBack.get(), credit.amount(), credit.valueDate(), credit.entryId(), SYSTEM);
    }

    /**
     * Ties the payment to the buy-back and starts the charter's clocks; both rows are locked by the
     * caller, payment first. Refused when the payment was identified meanwhile.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void identify(long paymentId, Locked buyBack, BigDecimal amount, LocalDate valueDate, String bankEntryId,
                  String actor) {
        Instant now = clock.instant();
        if (!buyBacks.identify(paymentId, buyBack.id(), actor, now)) {
            throw new Refusal("buyback.error.alreadyIdentified");
        }
        BuyBackRepository.Requester requester = buyBacks.requester(buyBack.accountId());
        Locale locale = PortalI18NProvider.supported(Locale.forLanguageTag(buyBack.language()));
        String amountText = amount.toPlainString();
        RequestReceipt credit = serviceRequests.fileThroughFeature(new NewRequest(CREDIT_TYPE, Channel.WEB,
                        locale.getLanguage(), i18n.getTranslation("buyback.request.subject", locale, buyBack.paymentReference()),
                        i18n.getTranslation("buyback.request.description", locale, amountText, valueDate.toString(),
                                bankEntryId, buyBack.paymentReference(), buyBack.points().toPlainString()),
                        null, null, null),
                now, buyBack.accountId(), requester.name(), requester.email(), actor);
        // the bank's confirmation: the start of the value date where the fund is, never later than now
        Instant confirmedAt = valueDate.atStartOfDay(BusinessCalendar.ZONE).toInstant();
        RequestReceipt statement = serviceRequests.fileThroughFeature(new NewRequest(STATEMENT_TYPE, Channel.WEB,
                        locale.getLanguage(), i18n.getTranslation("buyback.statementRequest.subject", locale,
                        buyBack.paymentReference()),
                        i18n.getTranslation("buyback.statementRequest.description", locale, amountText,
                                valueDate.toString(), buyBack.paymentReference(), credit.reference()),
                        null, null, null),
                confirmedAt.isAfter(now) ? now : confirmedAt, buyBack.accountId(), requester.name(), requester.email(),
                actor);
        // the amount the credit must match, as for the requests filed before DD040 (DD025)
        grantedPoints.declareBuyBack(credit.reference(), amount, now);
        buyBacks.recordRequests(buyBack.id(), credit.reference(), statement.reference());
        auditTrail.record(actor, "BUY_BACK_PAYMENT_IDENTIFIED", buyBack.paymentReference(),
                bankEntryId + " " + amountText + " DH, value " + valueDate + ": requests " + credit.reference() + " (n°4), "
                        + statement.reference() + " (n°3)", null);
    }
}
