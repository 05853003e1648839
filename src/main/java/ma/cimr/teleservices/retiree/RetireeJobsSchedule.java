package ma.cimr.teleservices.retiree;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the supporting documents' watch and the January tax certificates every
 * {@code portal.retiree.jobs-interval} (default one hour) on every instance; their leases let one
 * work at a time. Off with {@code portal.retiree.jobs-enabled=false}: tests call {@code runOnce()}.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.retiree.jobs-enabled", matchIfMissing = true)
class RetireeJobsSchedule {

    private final DocumentWatch documentWatch;
    private final TaxCertificates taxCertificates;

    RetireeJobsSchedule(DocumentWatch documentWatch, TaxCertificates taxCertificates) {
        this.documentWatch = documentWatch;
        this.taxCertificates = taxCertificates;
    }

    @Scheduled(fixedDelayString = "${portal.retiree.jobs-interval:PT1H}", initialDelayString = "PT2M")
    void run() {
        documentWatch.runOnce();
        taxCertificates.runOnce();
    }
}
