package ma.cimr.teleservices.bank;

/**
 * The feature that reads what is credited on the fund's account (today the buy-backs, DD040): one
 * Spring bean at most. Called inside the transaction that marks the credit delivered, so a credit is
 * acted on exactly once; if it throws, nothing of it is kept and the credit is offered again later.
 */
public interface IncomingCreditHandler {

    void onCredit(IncomingCredit credit);
}
