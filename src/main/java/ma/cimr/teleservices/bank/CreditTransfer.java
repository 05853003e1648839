package ma.cimr.teleservices.bank;

import ma.cimr.teleservices.shared.value.Money;
import ma.cimr.teleservices.shared.value.Rib;

/**
 * One credit transfer of a message to a bank: to whom, on which account, how much, and the
 * end-to-end id the bank quotes back when it confirms, rejects or returns it (at most 35
 * characters, unique within its message).
 */
public record CreditTransfer(String endToEndId, Money amount, String creditorName, Rib creditorAccount,
                             String remittanceInformation) {

    public CreditTransfer {
        BankTexts.requireIdentifier(endToEndId, "endToEndId");
        if (amount.amount().signum() == 0) {
            throw new IllegalArgumentException("A transfer of nothing: " + endToEndId);
        }
    }
}
