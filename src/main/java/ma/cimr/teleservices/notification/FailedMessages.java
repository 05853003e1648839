package ma.cimr.teleservices.notification;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.notification.repository.OutboxRepository;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * The messages the outbox gave up on, for the staff who must do something about them: send again
 * once the cause is fixed (the mail server back, the SMS account topped up), or give up for good.
 * Before, a FAILED e-mail was a log line nobody read, and an affiliate waited for a link that never
 * came (issue 14).
 */
@Service
public class FailedMessages {

    private static final String STAFF = "hasAnyRole('" + Roles.SUPERVISOR + "', '" + Roles.ADMINISTRATOR + "')";

    private final OutboxRepository outbox;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;

    FailedMessages(OutboxRepository outbox, AuditTrail auditTrail, CurrentUser currentUser, Clock clock) {
        this.outbox = outbox;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<FailedMessage> list(int offset, int limit) {
        return outbox.failed(offset, limit).stream().map(FailedMessage::of).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public int count() {
        return outbox.countFailed();
    }

    /** Due again at once, with a fresh count of attempts. Refused when someone else already retried or gave it up. */
    @Transactional
    @PreAuthorize(STAFF)
    public void retry(long id) {
        if (!outbox.retryFailed(id, clock.instant())) {
            throw new Refusal("outbox.failed.error.settled");
        }
        auditTrail.record(currentUser.require().login(), "OUTBOX_RETRIED", "outbox " + id, null, null);
    }

    /** Given up for good: its content is erased, the row (when, to whom, why) stays until the retention purge. */
    @Transactional
    @PreAuthorize(STAFF)
    public void abandon(long id) {
        if (!outbox.abandonFailed(id)) {
            throw new Refusal("outbox.failed.error.settled");
        }
        auditTrail.record(currentUser.require().login(), "OUTBOX_ABANDONED", "outbox " + id, null, null);
    }
}
