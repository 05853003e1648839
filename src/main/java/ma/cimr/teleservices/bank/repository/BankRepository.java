package ma.cimr.teleservices.bank.repository;

import ma.cimr.teleservices.bank.BankAnswer;
import ma.cimr.teleservices.bank.BankPurpose;
import ma.cimr.teleservices.bank.IncomingCredit;
import ma.cimr.teleservices.bank.SentMessage;
import ma.cimr.teleservices.bank.TransferBatch;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The messages sent to banks and the answers that came back (V32). */
public interface BankRepository {

    SentMessage insertMessage(BankPurpose purpose, String bankCode, TransferBatch batch, InputStream content,
                              long length, Instant sentAt);

    Optional<SentMessage> message(String messageId);

    List<SentMessage> latest(int offset, int limit);

    int count();

    /** The message as sent, streamed from the database. */
    InputStream content(String messageId);

    /** Stores the answer unless the same answer (message, transfer, outcome) is already there; true if stored. */
    boolean insertAnswer(BankAnswer answer);

    List<BankAnswer> answers(String messageId);

    /** Messages sent before {@code sentBefore} that no answer came back for yet, for the sandbox's automatic answers. */
    List<String> unanswered(Instant sentBefore, int limit);

    /**
     * Answers not yet acted on, to messages of the given purposes, oldest first, locked for this
     * transaction; answers other instances hold are skipped, and so are those listed in {@code excluded}.
     */
    List<Undelivered> lockUndelivered(Set<BankPurpose> purposes, Set<Long> excluded, int limit);

    void markDelivered(long answerId, Instant deliveredAt);

    int countUndelivered();

    record Undelivered(long id, BankPurpose purpose, BankAnswer answer) {
    }

    /** Stores the credit notice unless its entry is already there; true if stored. */
    boolean insertCredit(IncomingCredit credit);

    /**
     * The oldest credit notice not yet acted on, locked for this transaction; those other instances
     * hold are skipped, and so are those listed in {@code excluded}.
     */
    Optional<UndeliveredCredit> lockUndeliveredCredit(Set<Long> excluded);

    void markCreditDelivered(long creditId, Instant deliveredAt);

    List<IncomingCredit> latestCredits(int limit);

    /** The next entry id the sandbox gives a credit it is told of. */
    String nextSandboxEntryId();

    record UndeliveredCredit(long id, IncomingCredit credit) {
    }
}
