package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.affiliate.repository.PensionParameterRepository;
import ma.cimr.teleservices.affiliate.rules.PensionParameters;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The parameter tables, read once and shared by every statement, simulation and buy-back (about a
 * hundred rows, read six tables at a time, twice per simulation before: DD039). They change only
 * when a second administrator approves a value ({@link PensionParameterApproval}): the copy is
 * dropped once that transaction commits, never before (a rolled-back change must never count), and
 * the approving transaction itself reads the tables afresh. Another instance of the portal on the
 * same database learns of the change when its copy expires ({@code portal.pension-parameters.cache-for},
 * a minute by default).
 */
@Component
class PensionParameterCache {

    /** Bound to a transaction that changed a parameter: it reads the tables, not the shared copy. */
    private static final Object CHANGED_HERE = PensionParameterCache.class.getName() + ".changed";

    private record Copy(PensionParameters parameters, long generation, Instant readAt) {
    }

    private final PensionParameterRepository repository;
    private final Clock clock;
    private final Duration keepFor;
    private final AtomicLong generation = new AtomicLong();
    private volatile @Nullable Copy copy;

    PensionParameterCache(PensionParameterRepository repository, Clock clock,
                          @Value("${portal.pension-parameters.cache-for:PT1M}") Duration keepFor) {
        this.repository = repository;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    PensionParameters parameters() {
        if (TransactionSynchronizationManager.hasResource(CHANGED_HERE)) {
            return repository.load();
        }
        Copy current = copy;
        Instant now = clock.instant();
        if (current != null && current.generation() == generation.get() && now.isBefore(current.readAt().plus(keepFor))) {
            return current.parameters();
        }
        // a read that overlapped a commit and its drop is not kept: the generation moved on
        long before = generation.get();
        PensionParameters read = repository.load();
        if (generation.get() == before) {
            copy = new Copy(read, before, now);
        }
        return read;
    }

    /** A parameter was written in the current transaction: the shared copy goes once it commits. */
    void changedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            drop();
            return;
        }
        if (!TransactionSynchronizationManager.hasResource(CHANGED_HERE)) {
            TransactionSynchronizationManager.bindResource(CHANGED_HERE, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CHANGED_HERE);
                    if (status == STATUS_COMMITTED) {
                        drop();
                    }
                }
            });
        }
    }

    private void drop() {
        generation.incrementAndGet();
        copy = null;
    }
}
