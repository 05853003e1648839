package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.retiree.repository.CertificateRepository;
import ma.cimr.teleservices.retiree.repository.DocumentRepository;
import ma.cimr.teleservices.retiree.repository.DocumentRepository.Stage;
import ma.cimr.teleservices.retiree.repository.DocumentRepository.Watched;
import ma.cimr.teleservices.retiree.repository.RetireeRepository;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.scheduling.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The supporting documents' watch (DD036), a job one instance runs at a time (job lease): a
 * reminder by e-mail and SMS when a document enters its last month, a notice the day it expires
 * saying when the pension will be suspended, and the suspension itself only a grace period after
 * that notice, and never while a document of that kind waits for review. Each step is recorded
 * once per expiry, so a pass run twice, or by two instances, tells nobody twice. A pension with no
 * e-mail or mobile on record is left alone (and logged): it could not be given notice. Each pension is
 * handled in its own transaction: one that fails does not hold the others back.
 */
@Service
public class DocumentWatch {

    static final String JOB = "retiree-documents";
    private static final Logger log = LoggerFactory.getLogger(DocumentWatch.class);

    private final DocumentRepository documents;
    private final RetireeRepository retirees;
    private final CertificateRepository certificates;
    private final RetireeNotices notices;
    private final AuditTrail auditTrail;
    private final JobLeases leases;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DocumentWatch(DocumentRepository documents, RetireeRepository retirees, CertificateRepository certificates,
                  RetireeNotices notices, AuditTrail auditTrail, JobLeases leases, Clock clock,
                  PlatformTransactionManager transactions) {
        this.documents = documents;
        this.retirees = retirees;
        this.certificates = certificates;
        this.notices = notices;
        this.auditTrail = auditTrail;
        this.leases = leases;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What one pass did. */
    public record Pass(int reminders, int notices, int suspensions) {
    }

    public Pass runOnce() {
        if (!leases.tryAcquire(JOB, Duration.ofMinutes(30))) {
            return new Pass(0, 0, 0);
        }
        try {
            LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
            int[] counts = new int[3];
            for (Watched pension : documents.watched(today.plus(RequiredDocuments.REMINDER_WINDOW))) {
                try {
                    transaction.executeWithoutResult(status -> watch(pension, today, counts));
                } catch (RuntimeException e) {
                    log.error("Supporting documents of retiree {} not watched this pass", pension.retireeId(), e);
                }
            }
            return new Pass(counts[0], counts[1], counts[2]);
        } finally {
            leases.release(JOB);
        }
    }

    private void watch(Watched pension, LocalDate today, int[] counts) {
        Instant now = clock.instant();
        if (!notices.reachable(pension.retireeId())) {
            // no pension is suspended without notice: with no channel on record, staff write (not yet built)
            log.warn("Retiree {} has a supporting document running out and no channel on record", pension.retireeId());
            return;
        }
        for (DocumentKind kind : RequiredDocuments.of(pension.kind(), pension.survivorRelation(), pension.birthDate(), today)) {
            LocalDate expiry = RequiredDocuments.expiry(pension.acceptedUntil().get(kind), pension.pensionStart());
            if (!RequiredDocuments.remindedFrom(expiry, today)) {
                continue;
            }
            long id = pension.retireeId();
            if (today.isBefore(expiry)) {
                if (documents.noteSent(id, kind, expiry, Stage.REMINDER, now)) {
                    notices.tell(id, "retiree.documents.notice.reminder.", kind, expiry);
                    counts[0]++;
                }
                continue;
            }
            if (documents.noteSent(id, kind, expiry, Stage.NOTICE, now)) {
                notices.tell(id, "retiree.documents.notice.expired.", kind, expiry, RequiredDocuments.suspensionDay(today));
                counts[1]++;
                continue;
            }
            LocalDate noticeDay = documents.sentAt(id, kind, expiry, Stage.NOTICE)
                    .map(at -> LocalDate.ofInstant(at, BusinessCalendar.ZONE)).orElse(today);
            if (pension.suspensionReason() == null && !pension.pendingReview().contains(kind)
                    && !today.isBefore(RequiredDocuments.suspensionDay(noticeDay))
                    && retirees.suspend(id, today, SuspensionReason.of(kind))) {
                certificates.revokePensionCertificates(id, now);
                auditTrail.record("system", "PENSION_SUSPENDED", String.valueOf(id), kind + " expired " + expiry
                        + ", notice of " + noticeDay, null);
                notices.tell(id, "retiree.documents.notice.suspended.", kind, today);
                counts[2]++;
                return; // suspended once, for the first document missing
            }
        }
    }
}
