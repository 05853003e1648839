package ma.cimr.teleservices.bank;

import ma.cimr.teleservices.bank.repository.BankRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bank's notices of money received on the fund's account, from the moment they arrive to the
 * feature that reads them (DD040), the way {@link BankAnswers} carries the answers to our messages:
 * {@link #receive} stores a notice once (by the bank's entry id, whatever it repeats);
 * {@link #deliverPending} hands each to the {@link IncomingCreditHandler} and marks it delivered in
 * the same transaction, one credit per transaction, each locked and skipped by other instances.
 */
@Service
public class IncomingCredits {

    private static final Logger LOG = LoggerFactory.getLogger(IncomingCredits.class);

    private final BankRepository bank;
    private final @Nullable IncomingCreditHandler handler;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IncomingCredits(BankRepository bank, List<IncomingCreditHandler> handlers, PlatformTransactionManager transactions,
                    Clock clock) {
        if (handlers.size() > 1) {
            throw new IllegalStateException("Two features read the fund's incoming credits: " + handlers);
        }
        this.bank = bank;
        this.handler = handlers.isEmpty() ? null : handlers.getFirst();
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Stores a notice the bank gave; true if it is new (the same entry twice is kept once). */
    public boolean receive(IncomingCredit credit) {
        return Boolean.TRUE.equals(transaction.execute(status -> bank.insertCredit(credit)));
    }

    /**
     * Hands every undelivered credit to the feature; returns how many it acted on. A credit the
     * feature cannot take stays undelivered, logged, and is offered again at the next run; the others
     * go on.
     */
    public int deliverPending() {
        if (handler == null) {
            return 0;
        }
        int delivered = 0;
        Set<Long> failed = new HashSet<>();
        while (true) {
            long[] current = {0};
            try {
                Boolean one = transaction.execute(status -> {
                    Optional<BankRepository.UndeliveredCredit> next = bank.lockUndeliveredCredit(failed);
                    if (next.isEmpty()) {
                        return false;
                    }
                    current[0] = next.get().id();
                    handler.onCredit(next.get().credit());
                    bank.markCreditDelivered(next.get().id(), clock.instant());
                    return true;
                });
                if (!Boolean.TRUE.equals(one)) {
                    return delivered;
                }
                delivered++;
            } catch (RuntimeException refused) {
                LOG.warn("Incoming credit {} could not be acted on; it will be offered again at the next run",
                        current[0], refused);
                if (current[0] == 0) {
                    return delivered;
                }
                failed.add(current[0]);
            }
        }
    }

    /** The latest notices, newest first, for the sandbox's page. */
    public List<IncomingCredit> latest(int limit) {
        return bank.latestCredits(limit);
    }
}
