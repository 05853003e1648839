package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.affiliate.repository.BuyBackRepository;
import ma.cimr.teleservices.affiliate.repository.BuyBackRepository.Locked;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The credits on the fund's account that no buy-back claimed on their own (a reference mistyped or
 * left out, an amount that is not the one asked), for an agent to identify by hand with the buy-back
 * they pay (DD040). The charter's n°4 clock starts at that identification; the n°3 clock at the bank's
 * value date, as for a payment identified at once. A payment is identified once, a buy-back paid once,
 * and only at the amount the affiliate asked: whoever comes second is refused.
 */
@Service
public class BuyBackPayments {

    private static final String AGENT = "hasRole('" + Roles.AGENT + "')";
    private static final int LISTED = 200;

    private final BuyBackRepository buyBacks;
    private final BuyBackIdentification identification;
    private final CurrentUser currentUser;

    BuyBackPayments(BuyBackRepository buyBacks, BuyBackIdentification identification, CurrentUser currentUser) {
        this.buyBacks = buyBacks;
        this.identification = identification;
        this.currentUser = currentUser;
    }

    /** The credits waiting for staff, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(AGENT)
    public List<BuyBackPayment> unidentified() {
        return buyBacks.unidentified(LISTED);
    }

    /**
     * The agent says which buy-back this payment pays, by its payment reference; refused when the
     * payment is already identified, the reference is nobody's, the buy-back is already paid, or the
     * amount is not the one asked (the affiliate asks again for what they paid, or the money goes back).
     */
    @Transactional
    @PreAuthorize(AGENT)
    public BuyBackPayment identify(long paymentId, String paymentReference) {
        BuyBackPayment payment = buyBacks.lockPayment(paymentId)
                .orElseThrow(() -> new Refusal("buyback.error.unknownPayment"));
        if (payment.buyBackReference() != null) {
            throw new Refusal("buyback.error.alreadyIdentified");
        }
        Locked buyBack = PaymentReferences.read(paymentReference).flatMap(buyBacks::lockByPaymentReference)
                .orElseThrow(() -> new Refusal("buyback.error.unknownReference"));
        if (buyBack.paid()) {
            throw new Refusal("buyback.error.alreadyPaid", buyBack.paymentReference());
        }
        if (buyBack.amount().compareTo(payment.amount()) != 0) {
            throw new Refusal("buyback.error.amountMismatch", payment.amount().toPlainString(),
                    buyBack.amount().toPlainString());
        }
        identification.identify(payment.id(), buyBack, payment.amount(), payment.valueDate(), payment.bankEntryId(),
                currentUser.require().login());
        return buyBacks.lockPayment(paymentId).orElseThrow();
    }
}
