package ma.cimr.teleservices.pensionrun;

import ma.cimr.teleservices.pensionrun.repository.CatchUpRepository;
import ma.cimr.teleservices.pensionrun.repository.CatchUpRepository.PaidMonth;
import ma.cimr.teleservices.request.CommitmentMeasure;
import ma.cimr.teleservices.request.Population;
import ma.cimr.teleservices.request.ServiceCommitment;
import ma.cimr.teleservices.retiree.PensionRevisions;
import ma.cimr.teleservices.retiree.RevisionOnPayment;
import ma.cimr.teleservices.shared.BusinessCalendar;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Allocataires n°3, "the revised pension transferred on the 1st of the next month when the company
 * paid before the 20th", measured from its own event (DD043): each revision resting on a company's
 * payment the bank confirmed before the 20th is one event, due the 1st of the next month; kept when
 * that month's own run paid the pension at the revised amount and its last file left by that 1st. A
 * payment confirmed on the 20th or later is outside the commitment; a 1st still to come is not
 * counted yet. The bank's date is copied once into the revision, the payment row and the run's end
 * are written once by the run: nobody can move the figure afterwards (DD023).
 */
@Component
class RevisedOnTheFirst implements CommitmentMeasure {

    /** The charter's day: a company payment confirmed before it reaches the next month's payment. */
    static final int BEFORE_DAY = 20;

    private final PensionRevisions revisions;
    private final CatchUpRepository records;
    private final Clock clock;

    RevisedOnTheFirst(PensionRevisions revisions, CatchUpRepository records, Clock clock) {
        this.revisions = revisions;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public Population population() {
        return Population.RETIREE;
    }

    @Override
    public int number() {
        return 3;
    }

    @Override
    public Events events(ServiceCommitment commitment, LocalDate from, LocalDate to, BusinessCalendar calendar) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        int received = 0;
        int answered = 0;
        int inTime = 0;
        List<Integer> durations = new ArrayList<>();
        // a 1st in the period comes from a payment of the month before it
        for (RevisionOnPayment revision : revisions.onPaymentsConfirmed(from.withDayOfMonth(1).minusMonths(1), to)) {
            LocalDate confirmed = revision.paymentConfirmedOn();
            LocalDate due = confirmed.withDayOfMonth(1).plusMonths(1);
            if (confirmed.getDayOfMonth() >= BEFORE_DAY || due.isBefore(from) || due.isAfter(to) || due.isAfter(today)) {
                continue;
            }
            received++;
            Optional<PaidMonth> paid = records.paidByItsRun(revision.retireeId(), due);
            if (paid.isEmpty() || !atTheRevisedAmount(paid.get(), revision)) {
                continue;
            }
            answered++;
            LocalDate sent = LocalDate.ofInstant(paid.get().runCompletedAt(), BusinessCalendar.ZONE);
            if (!sent.isAfter(due)) {
                inTime++;
            }
            durations.add(Math.max(0, calendar.businessDaysBetween(due, sent)));
        }
        return new Events(received, answered, inTime, durations);
    }

    /** The revised amount, or the revised amount that month's July revaluation started from. */
    private static boolean atTheRevisedAmount(PaidMonth paid, RevisionOnPayment revision) {
        return paid.gross().compareTo(revision.amount()) == 0
                || (paid.beforeRevaluation() != null && paid.beforeRevaluation().compareTo(revision.amount()) == 0);
    }
}
