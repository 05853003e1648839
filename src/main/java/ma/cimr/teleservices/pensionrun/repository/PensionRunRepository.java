package ma.cimr.teleservices.pensionrun.repository;

import ma.cimr.teleservices.pensionrun.PensionRunSummary;
import ma.cimr.teleservices.pensionrun.RunFile;
import ma.cimr.teleservices.pensionrun.RunStatus;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The run's rows and the set-based statements that write a month of pensions. Every write is a
 * statement over a range of retirees, never a row per round trip (DD037).
 */
public interface PensionRunRepository {

    /** Where a run stands, read under its row lock: the run's steps are serialised on it. */
    record RunState(LocalDate duePeriod, RunStatus status, LocalDate executionDate, long paidUpTo,
                    @Nullable BigDecimal revaluationRate) {
    }

    /** The counts of what the run wrote. */
    record Counts(int paid, int suspended, int arrears, BigDecimal netTotal) {
    }

    /** One transfer of a bank's file: a month of one pension, to the account it was paid to. */
    record TransferRow(String pensionFileNumber, LocalDate duePeriod, BigDecimal netAmount, String lastName,
                       String firstName, @Nullable String rib) {
    }

    /** One bank's share of a run: how many transfers and how much. */
    record BankShare(String bankCode, int transfers, BigDecimal controlSum) {
    }

    /** Creates the month's run unless it exists; true if this call created it. */
    boolean open(LocalDate duePeriod, LocalDate executionDate, Instant now, String actor);

    Optional<RunState> lock(LocalDate duePeriod);

    /** The administrator's revaluation rate of the year, if entered. */
    Optional<BigDecimal> revaluationRate(int year);

    /**
     * Applies the year's rate once to every pension in payment before {@code duePeriod}; returns
     * how many pensions it revalued now (0 when already done). {@code appliedAt} orders it against
     * the pensions' revisions: the later of the two is paid (DD046).
     */
    int revalue(LocalDate duePeriod, int year, BigDecimal rate, Instant appliedAt);

    void setRevaluationRate(LocalDate duePeriod, BigDecimal rate);

    /** The last retiree id of the next chunk of {@code size} after {@code after}; empty when none is left. */
    Optional<Long> chunkEnd(long after, int size);

    /**
     * The month of every pension in payment among retirees {@code (from, to]}: PAID, or SUSPENDED
     * with the suspension's reason; a month already written is left as it is.
     */
    int payMonth(LocalDate duePeriod, LocalDate executionDate, long from, long to, String rahatiBankCode);

    /** The months before the run's of a pension started recently and never paid: paid by this run. */
    int payBackMonths(LocalDate duePeriod, LocalDate executionDate, long from, long to);

    /**
     * Earlier months left SUSPENDED (or RETURNED to an account since changed) of retirees
     * {@code (from, to]} no longer suspended: paid now, by this run.
     */
    int payArrears(LocalDate duePeriod, LocalDate executionDate, long from, long to);

    void advance(LocalDate duePeriod, long paidUpTo);

    Counts counts(LocalDate duePeriod);

    void finishPaying(LocalDate duePeriod, Counts counts);

    void recordFailure(LocalDate duePeriod, String error);

    /** Each bank's share of the run's payments that has no file yet; RAHATI cards go to their issuer's bank. */
    List<BankShare> unsentShares(LocalDate duePeriod, String rahatiBankCode);

    /** The transfers of one bank's share, streamed in a stable order: close the stream (within the transaction). */
    Stream<TransferRow> transfers(LocalDate duePeriod, String bankCode, String rahatiBankCode);

    void recordFile(String messageId, @Nullable LocalDate duePeriod, @Nullable Long catchUpId, BankShare share,
                    Instant sentAt);

    void complete(LocalDate duePeriod, Instant now);

    List<PensionRunSummary> runs();

    Optional<PensionRunSummary> run(LocalDate duePeriod);

    List<RunFile> files(LocalDate duePeriod);

    /** Marks a month returned by the bank, with its reason; false if the row is not a payment. */
    boolean markReturned(String pensionFileNumber, LocalDate duePeriod, @Nullable String reason);
}
