package ma.cimr.teleservices.pensionrun.repository;

import ma.cimr.teleservices.pensionrun.repository.PensionRunRepository.BankShare;
import ma.cimr.teleservices.pensionrun.repository.PensionRunRepository.TransferRow;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The RAHATI card's activation and the catch-up payment of a first pension (allocataires n°2),
 * and what the charter's measures read: the only write to retiree is rahati_card_activated_on.
 */
public interface CatchUpRepository {

    /** A pension paid on a RAHATI card, as the activation needs it. */
    record CardHolder(long retireeId, String pensionFileNumber, boolean card, @Nullable LocalDate activatedOn) {
    }

    /** A month's run and when its last file left (null: not finished). */
    record RunTiming(LocalDate duePeriod, @Nullable Instant completedAt) {
    }

    /** A card's activation and when the first file paying it left (null: not yet). */
    record Activation(LocalDate activatedOn, @Nullable Instant firstSentAt) {
    }

    Optional<CardHolder> cardHolder(String pensionFileNumber);

    /** Sets the activation date once; false if the card was already activated. */
    boolean activate(long retireeId, LocalDate activatedOn);

    /** Activated cards, not suspended, whose pension started by {@code month} and was never paid: due a catch-up. */
    List<Long> dueCatchUps(LocalDate month);

    /** Locks the retiree's row while its catch-up is written, so two instances do not both start one. */
    void lockRetiree(long retireeId);

    /** Writes the catch-up and its months, returns its id and share; empty when nothing was left to pay. */
    Optional<Long> openCatchUp(long retireeId, LocalDate month, LocalDate executionDate, Instant now);

    BankShare share(long catchUpId, String rahatiBankCode);

    Stream<TransferRow> transfers(long catchUpId);

    Optional<Instant> firstRunStartedAt();

    List<RunTiming> runTimings(LocalDate fromPeriod, LocalDate toPeriod);

    List<Activation> activations(LocalDate from, LocalDate to, String rahatiBankCode);

    /**
     * A pension's month as its own run paid it (the row's paid_in_run is that month): the gross, the
     * amount before a July revaluation that run applied (null: none), and when the run's last file left.
     */
    record PaidMonth(BigDecimal gross, @Nullable BigDecimal beforeRevaluation, Instant runCompletedAt) {
    }

    Optional<PaidMonth> paidByItsRun(long retireeId, LocalDate month);
}
