package ma.cimr.teleservices.bank.repository;

import ma.cimr.teleservices.bank.BankAnswer;
import ma.cimr.teleservices.bank.BankPurpose;
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
}
