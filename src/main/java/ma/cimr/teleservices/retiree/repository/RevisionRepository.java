package ma.cimr.teleservices.retiree.repository;

import ma.cimr.teleservices.retiree.PensionRevision;
import ma.cimr.teleservices.retiree.RecordedRevision;
import ma.cimr.teleservices.retiree.RevisedPension;
import ma.cimr.teleservices.retiree.RevisionOnPayment;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The revisions of a pension: the retiree's follow-up, and those staff record (DD043). */
public interface RevisionRepository {

    /** Newest first. */
    List<PensionRevision> ofRetiree(long retireeId);

    /** The pension of that N° DP as a revision reads it, without a lock. */
    Optional<RevisedPension> pension(String pensionFileNumber);

    /** The same, its retiree row locked for the rest of the transaction: two revisions of one pension queue. */
    Optional<RevisedPension> lockPension(String pensionFileNumber);

    /** Whether the affiliate behind the pension had contributions paid by that company. */
    boolean contributedBy(long retireeId, String adherentNumber);

    record NewRecordedRevision(long retireeId, PensionRevision.Motive motive, BigDecimal amountBefore,
                               BigDecimal amount, LocalDate effectiveMonth, @Nullable Long companyPaymentId,
                               @Nullable LocalDate paymentConfirmedOn, String recordedBy, @Nullable String approvedBy,
                               Instant recordedAt, LocalDate today) {
    }

    /** Writes the settled revision and the pension's new monthly amount, which the next run pays. */
    void record(NewRecordedRevision revision);

    /** The latest revisions staff recorded, newest first. */
    List<RecordedRevision> latestRecorded(int limit);

    /** Revisions resting on a company payment the bank confirmed from {@code from} to {@code to}. */
    List<RevisionOnPayment> onPaymentsConfirmed(LocalDate from, LocalDate to);
}
