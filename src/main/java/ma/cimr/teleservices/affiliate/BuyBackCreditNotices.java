package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.bank.IncomingCredit;
import ma.cimr.teleservices.bank.IncomingCreditHandler;
import org.springframework.stereotype.Component;

/**
 * The buy-backs read what the bank credits on the fund's account (DD040): each credit, exactly once,
 * in the transaction that marks it delivered. The bank knows no feature; this is how it reaches one.
 */
@Component
class BuyBackCreditNotices implements IncomingCreditHandler {

    private final BuyBackIdentification identification;

    BuyBackCreditNotices(BuyBackIdentification identification) {
        this.identification = identification;
    }

    @Override
    public void onCredit(IncomingCredit credit) {
        identification.received(credit);
    }
}
