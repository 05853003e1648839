package ma.cimr.teleservices.bank;

import ma.cimr.teleservices.bank.repository.BankRepository;
import ma.cimr.teleservices.bank.repository.BankRepository.Undelivered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bank's answers, from the moment they arrive to the feature that acts on them. An adapter
 * {@link #receive receives} them (stored once, whatever the bank repeats); {@link #deliverPending}
 * hands each to its purpose's {@link BankAnswerHandler} and marks it delivered in the same
 * transaction, so a crash in between offers it again and a success never does (DD032). Several
 * instances deliver side by side: each locks the answers it takes and skips the others'.
 */
@Service
public class BankAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(BankAnswers.class);
    private static final int BATCH = 200;

    private final BankRepository bank;
    private final Map<BankPurpose, BankAnswerHandler> handlers = new EnumMap<>(BankPurpose.class);
    private final TransactionTemplate transaction;
    private final Clock clock;

    BankAnswers(BankRepository bank, List<BankAnswerHandler> handlers, PlatformTransactionManager transactions,
                Clock clock) {
        this.bank = bank;
        for (BankAnswerHandler handler : handlers) {
            if (this.handlers.put(handler.purpose(), handler) != null) {
                throw new IllegalStateException("Two handlers answer for " + handler.purpose());
            }
        }
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Stores an answer the bank gave; true if it is new (the same answer twice is kept once). */
    public boolean receive(BankAnswer answer) {
        return Boolean.TRUE.equals(transaction.execute(status -> bank.insertAnswer(answer)));
    }

    /**
     * Hands every undelivered answer to its handler, a batch per transaction; returns how many were
     * acted on. A batch whose handler fails is retried answer by answer, so one bad answer holds up
     * only itself: it stays undelivered, logged, and is offered again at the next run. Answers to a
     * purpose no handler of this version acts on wait for one that does.
     */
    public int deliverPending() {
        if (handlers.isEmpty()) {
            return 0;
        }
        int delivered = 0;
        Set<Long> failed = new HashSet<>();
        while (true) {
            List<Long> batch;
            try {
                batch = transaction.execute(status -> deliver(bank.lockUndelivered(handlers.keySet(), failed, BATCH)));
            } catch (RuntimeException batchFailed) {
                batch = deliverOneByOne(failed);
            }
            if (batch == null || batch.isEmpty()) {
                return delivered;
            }
            delivered += batch.size();
        }
    }

    public int countUndelivered() {
        return bank.countUndelivered();
    }

    private List<Long> deliverOneByOne(Set<Long> failed) {
        List<Long> delivered = new ArrayList<>();
        while (delivered.size() < BATCH) {
            long[] current = {0};
            try {
                List<Long> one = transaction.execute(status -> {
                    List<Undelivered> next = bank.lockUndelivered(handlers.keySet(), failed, 1);
                    next.forEach(answer -> current[0] = answer.id());
                    return deliver(next);
                });
                if (one == null || one.isEmpty()) {
                    return delivered;
                }
                delivered.addAll(one);
            } catch (RuntimeException refused) {
                LOG.warn("Bank answer {} could not be acted on; it will be offered again at the next run",
                        current[0], refused);
                failed.add(current[0]);
            }
        }
        return delivered;
    }

    private List<Long> deliver(List<Undelivered> answers) {
        for (Undelivered undelivered : answers) {
            BankAnswerHandler handler = handlers.get(undelivered.purpose());
            if (handler == null) { // lockUndelivered was asked for the handled purposes only
                throw new IllegalStateException("No handler answers for " + undelivered.purpose());
            }
            handler.onAnswer(undelivered.answer());
            bank.markDelivered(undelivered.id(), clock.instant());
        }
        return answers.stream().map(Undelivered::id).toList();
    }
}
