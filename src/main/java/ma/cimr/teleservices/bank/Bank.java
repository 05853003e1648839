package ma.cimr.teleservices.bank;

import java.nio.file.Path;

/**
 * The fund's bank, as the portal sees it: it takes a validated ISO 20022 message and answers later,
 * transfer by transfer, through {@link BankAnswers}. The sandbox ({@code portal.bank.adapter=sandbox},
 * the default outside production) keeps what it is sent for staff to see and answers as told; a real
 * bank's adapter implements the same interface (DD032).
 */
public interface Bank {

    /**
     * Records the message as sent and hands it to the bank; returns at once, before any answer.
     * Called in the caller's transaction: if that rolls back, nothing was sent.
     *
     * @param validatedFile the pain.001 file, already checked by {@link CreditTransferFile#validate}
     */
    SentMessage send(BankPurpose purpose, String bankCode, TransferBatch batch, Path validatedFile);
}
