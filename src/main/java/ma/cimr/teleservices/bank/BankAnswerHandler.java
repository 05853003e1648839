package ma.cimr.teleservices.bank;

/**
 * The feature that acts on the bank's answers to its messages: one Spring bean per purpose. It is
 * called inside the transaction that marks the answer delivered, so an answer is acted on exactly
 * once; if it throws, nothing of it is kept and the answer is offered again later.
 */
public interface BankAnswerHandler {

    BankPurpose purpose();

    void onAnswer(BankAnswer answer);
}
