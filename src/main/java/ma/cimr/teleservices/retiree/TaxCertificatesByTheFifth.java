package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.request.CommitmentMeasure;
import ma.cimr.teleservices.request.Population;
import ma.cimr.teleservices.request.ServiceCommitment;
import ma.cimr.teleservices.retiree.repository.CertificateRepository;
import ma.cimr.teleservices.retiree.repository.CertificateRepository.TaxBatch;
import ma.cimr.teleservices.shared.BusinessCalendar;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Allocataires n°6, "tax certificates available by 5 January at latest", measured from the batches
 * themselves (DD036, DD043): each 5 January of the period, from the portal's first batch on, is one
 * event, kept when that year's batch finished on or before it. A year whose 5 January has passed with
 * no batch counts as not kept; one whose 5 January is still to come is not counted yet. The batch's
 * end is written once, by the batch: nobody can move the figure afterwards (DD023).
 */
@Component
class TaxCertificatesByTheFifth implements CommitmentMeasure {

    private final CertificateRepository certificates;
    private final Clock clock;

    TaxCertificatesByTheFifth(CertificateRepository certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    @Override
    public Population population() {
        return Population.RETIREE;
    }

    @Override
    public int number() {
        return 6;
    }

    @Override
    public Events events(ServiceCommitment commitment, LocalDate from, LocalDate to, BusinessCalendar calendar) {
        List<TaxBatch> batches = certificates.taxBatches();
        if (batches.isEmpty()) {
            return Events.NONE;
        }
        Map<Integer, TaxBatch> byYear = batches.stream().collect(Collectors.toMap(TaxBatch::year, Function.identity()));
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        int received = 0;
        int answered = 0;
        int inTime = 0;
        List<Integer> durations = new ArrayList<>();
        for (int year = batches.getFirst().year(); ; year++) {
            LocalDate deadline = LocalDate.of(year + 1, 1, TaxCertificates.CHARTER_DAY_OF_JANUARY);
            if (deadline.isAfter(to)) {
                break;
            }
            TaxBatch batch = byYear.get(year);
            if (deadline.isBefore(from) || (batch == null && !today.isAfter(deadline))) {
                continue;
            }
            received++;
            if (batch == null) {
                continue;
            }
            answered++;
            LocalDate finished = LocalDate.ofInstant(batch.finishedAt(), BusinessCalendar.ZONE);
            if (!finished.isAfter(deadline)) {
                inTime++;
            }
            durations.add(Math.max(0, calendar.businessDaysBetween(LocalDate.of(year + 1, 1, 1), finished)));
        }
        return new Events(received, answered, inTime, durations);
    }
}
