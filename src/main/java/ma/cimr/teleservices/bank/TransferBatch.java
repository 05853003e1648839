package ma.cimr.teleservices.bank;

import ma.cimr.teleservices.shared.value.Rib;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The header of one message to a bank: its id (at most 35 characters, never reused), who pays from
 * which account, the day the transfers are to be executed, and how many transfers for how much in
 * all. The count and the sum come first in an ISO 20022 file, before the transfers, so a message of
 * 250 000 pensions is written in one pass only if they are known beforehand; the writer checks them
 * against what it wrote.
 */
public record TransferBatch(String messageId, String debtorName, Rib debtorAccount, LocalDate executionDate,
                            int transfers, BigDecimal controlSum) {

    public TransferBatch {
        BankTexts.requireIdentifier(messageId, "messageId");
        if (transfers <= 0 || controlSum.signum() <= 0) {
            throw new IllegalArgumentException("An empty message: " + messageId);
        }
    }
}
