package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.shared.scheduling.JobBackoff;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the supporting documents' watch and the January tax certificates every
 * {@code portal.retiree.jobs-interval} (default one hour) on every instance; their leases let one
 * work at a time. Off with {@code portal.retiree.jobs-enabled=false}: tests call {@code runOnce()}.
 * While the database is down they wait in {@link JobBackoff}, like the other jobs.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.retiree.jobs-enabled", matchIfMissing = true)
class RetireeJobsSchedule {

    private final DocumentWatch documentWatch;
    private final TaxCertificates taxCertificates;
    private final JobBackoff backoff;

    RetireeJobsSchedule(DocumentWatch documentWatch, TaxCertificates taxCertificates, JobBackoff backoff) {
        this.documentWatch = documentWatch;
        this.taxCertificates = taxCertificates;
        this.backoff = backoff;
    }

    @Scheduled(fixedDelayString = "${portal.retiree.jobs-interval:PT1H}", initialDelayString = "PT2M")
    void run() {
        backoff.run("retiree-jobs", () -> {
            documentWatch.runOnce();
            taxCertificates.runOnce();
        });
    }
}
