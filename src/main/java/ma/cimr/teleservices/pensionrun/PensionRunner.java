package ma.cimr.teleservices.pensionrun;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.pensionrun.repository.PensionRunRepository;
import ma.cimr.teleservices.pensionrun.repository.PensionRunRepository.Counts;
import ma.cimr.teleservices.pensionrun.repository.PensionRunRepository.RunState;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Runs one month, from wherever it stands: opens it, applies the July revaluation, writes the
 * payments chunk by chunk, sends each bank its file, closes it (DD037). Every step is a
 * transaction that starts by locking the month's run row and reading its state again, so two
 * instances (or two threads) running the same month share the chunks instead of repeating them,
 * and an instance that dies leaves the run at its last committed chunk for the next call. The
 * primary key of pension_payment is the last wall: whatever happens, a month is paid once.
 */
@Component
class PensionRunner {

    private static final Logger log = LoggerFactory.getLogger(PensionRunner.class);

    /** What a test injects after a chunk's writes, before its commit: a failure there is a crash. */
    interface ChunkCheck {
        ChunkCheck NONE = (chunk, upTo) -> {
        };

        void afterWrites(int chunk, long upTo);
    }

    private final PensionRunRepository runs;
    private final BankFiles bankFiles;
    private final AuditTrail auditTrail;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int chunkSize;

    PensionRunner(PensionRunRepository runs, BankFiles bankFiles, AuditTrail auditTrail, TransactionTemplate transaction,
                  Clock clock, @Value("${portal.pension-run.chunk-size:1000000}") int chunkSize) {
        this.runs = runs;
        this.bankFiles = bankFiles;
        this.auditTrail = auditTrail;
        this.transaction = transaction;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    PensionRunSummary run(YearMonth month, String actor, ChunkCheck check) {
        return run(month, actor, check, chunkSize);
    }

    /** The same in chunks of {@code retireesPerChunk}: tests cut a small fund into several chunks. */
    PensionRunSummary run(YearMonth month, String actor, ChunkCheck check, int retireesPerChunk) {
        LocalDate period = month.atDay(1);
        LocalDate today = today();
        if (today.isBefore(period)) {
            throw new Refusal("pensionrun.error.notYet", month.toString());
        }
        LocalDate executionDate = today.isAfter(period) ? today : period;
        boolean opened = Boolean.TRUE.equals(transaction.execute(status -> {
            boolean created = runs.open(period, executionDate, clock.instant(), actor);
            if (created) {
                auditTrail.record(actor, "PENSION_RUN_STARTED", month.toString(), "execution " + executionDate, null);
            }
            return created;
        }));
        try {
            if (month.getMonth() == Month.JULY) {
                transaction.executeWithoutResult(status -> revalue(period, actor));
            }
            long start = System.nanoTime();
            int chunk = 0;
            while (payNextChunk(period, ++chunk, check, retireesPerChunk)) {
                // each chunk commits on its own
            }
            long paid = System.nanoTime();
            bankFiles.sendRun(period);
            transaction.executeWithoutResult(status -> complete(period, actor));
            log.info("Pension run {}: payments written in {} ms ({} chunks), files sent in {} ms", month,
                    (paid - start) / 1_000_000, chunk - 1, (System.nanoTime() - paid) / 1_000_000);
        } catch (RuntimeException failure) {
            runs.recordFailure(period, String.valueOf(failure.getMessage()));
            throw failure;
        }
        return runs.run(period).orElseThrow(() -> new IllegalStateException("run " + month + " vanished, opened " + opened));
    }

    /** The administrator's rate of the year, once: the run row remembers it was applied. */
    private void revalue(LocalDate period, String actor) {
        RunState state = lock(period);
        if (state.status() != RunStatus.PAYING || state.revaluationRate() != null || state.paidUpTo() > 0) {
            return;
        }
        Optional<BigDecimal> rate = runs.revaluationRate(period.getYear());
        if (rate.isEmpty()) {
            return;
        }
        int revalued = rate.get().signum() == 0 ? 0 : runs.revalue(period, period.getYear(), rate.get(), clock.instant());
        runs.setRevaluationRate(period, rate.get());
        auditTrail.record(actor, "PENSION_REVALUED", YearMonth.from(period).toString(),
                rate.get().toPlainString() + " %, " + revalued + " pensions", null);
    }

    /** One chunk of retirees, in its own transaction; false once every retiree is written. */
    private boolean payNextChunk(LocalDate period, int chunk, ChunkCheck check, int retireesPerChunk) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            RunState state = lock(period);
            if (state.status() != RunStatus.PAYING) {
                return false;
            }
            Optional<Long> end = runs.chunkEnd(state.paidUpTo(), retireesPerChunk);
            if (end.isEmpty()) {
                Counts counts = runs.counts(period);
                runs.finishPaying(period, counts);
                return false;
            }
            long from = state.paidUpTo();
            long to = end.get();
            runs.payMonth(period, state.executionDate(), from, to, bankFiles.rahatiBankCode());
            runs.payBackMonths(period, state.executionDate(), from, to);
            runs.payArrears(period, state.executionDate(), from, to);
            check.afterWrites(chunk, to);
            runs.advance(period, to);
            return true;
        }));
    }

    private void complete(LocalDate period, String actor) {
        RunState state = lock(period);
        if (state.status() != RunStatus.SENDING) {
            return;
        }
        runs.complete(period, clock.instant());
        Counts counts = runs.counts(period);
        auditTrail.record(actor, "PENSION_RUN_COMPLETED", YearMonth.from(period).toString(),
                counts.paid() + " paid, " + counts.suspended() + " suspended, " + counts.arrears() + " arrears, "
                        + counts.netTotal().toPlainString() + " net", null);
    }

    private RunState lock(LocalDate period) {
        return runs.lock(period).orElseThrow(() -> new IllegalStateException("no run for " + period));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
    }
}
