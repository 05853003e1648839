package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.retiree.repository.CertificateRepository;
import ma.cimr.teleservices.retiree.repository.CertificateRepository.TaxBatch;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.scheduling.JobLeases;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The annual tax certificates (allocataires n°6: available by 5 January): from 1 January, one batch
 * issues last year's certificate to every pension with a month paid in it, in one set-based insert
 * per pass, under a job lease so that one instance runs it; a crash leaves what was issued and the
 * next pass issues the rest. The batch's end is recorded and measured against 5 January, the
 * charter's date, not a per-request deadline.
 */
@Service
public class TaxCertificates {

    static final String JOB = "retiree-tax-certificates";
    public static final int CHARTER_DAY_OF_JANUARY = 5;

    private final CertificateRepository certificates;
    private final JobLeases leases;
    private final Clock clock;
    private final TransactionTemplate transaction;

    TaxCertificates(CertificateRepository certificates, JobLeases leases, Clock clock,
                    PlatformTransactionManager transactions) {
        this.certificates = certificates;
        this.leases = leases;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Issues last year's batch unless done; how many certificates this pass issued (0 when done or busy elsewhere). */
    public int runOnce() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        int year = today.getYear() - 1;
        if (certificates.taxBatch(year).isPresent() || !leases.tryAcquire(JOB, Duration.ofMinutes(30))) {
            return 0;
        }
        try {
            LocalDate validUntil = LocalDate.of(year + 1, 12, 31);
            int total = 0;
            int issued;
            // a random code that met an existing one skips its row: the next pass draws again
            do {
                issued = transaction.execute(status -> certificates.issueTaxCertificates(year, clock.instant(), validUntil));
                total += issued;
            } while (issued > 0);
            int all = total;
            transaction.executeWithoutResult(status -> certificates.recordTaxBatch(year, clock.instant(), all));
            return total;
        } finally {
            leases.release(JOB);
        }
    }

    public Optional<TaxBatch> batch(int year) {
        return certificates.taxBatch(year);
    }

    /** Whether that year's batch finished by the charter's 5 January. */
    public boolean onTime(TaxBatch batch) {
        LocalDate finished = LocalDate.ofInstant(batch.finishedAt(), BusinessCalendar.ZONE);
        return !finished.isAfter(LocalDate.of(batch.year() + 1, 1, CHARTER_DAY_OF_JANUARY));
    }
}
