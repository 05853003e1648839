package ma.cimr.teleservices.request;

import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.request.repository.RequestReadModel;
import ma.cimr.teleservices.request.repository.ServiceRequestRepository;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.scheduling.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Watches the deadlines: warns the assignee and the supervisors once when a request is at risk,
 * and marks it late once its due date has passed, once per deadline (an escalation, a reopening
 * or a delay notice gives the request a new one). Safe with several instances: a lease lets one
 * instance run at a time, and the once-per-deadline events are unique in the database.
 * {@link DeadlineWatchSchedule} runs it; tests call {@link #runOnce()}.
 */
@Component
public class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    static final String JOB = "deadline-watch";
    /** Longer than a pass takes: until then no other instance starts one. */
    private static final Duration PASS_LEASE = Duration.ofMinutes(10);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RequestReadModel queries;
    private final ServiceRequestRepository requests;
    private final RequestTypes types;
    private final HolidayService holidays;
    private final StaffAddresses accounts;
    private final Outbox outbox;
    private final PortalI18NProvider i18n;
    private final JobLeases leases;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeadlineWatch(RequestReadModel queries, ServiceRequestRepository requests, RequestTypes types, HolidayService holidays,
                  StaffAddresses accounts, Outbox outbox, PortalI18NProvider i18n, JobLeases leases,
                  TransactionTemplate transaction, Clock clock) {
        this.queries = queries;
        this.requests = requests;
        this.types = types;
        this.holidays = holidays;
        this.accounts = accounts;
        this.outbox = outbox;
        this.i18n = i18n;
        this.leases = leases;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * The schedule's pass: one per interval across all instances. The lease is kept after the pass
     * for the interval (and the time a pass may take), so another instance whose tick falls within
     * it finds the job taken; the holder renews it at its own next tick. If the holder dies, the
     * lease runs out and another instance takes the job over. Empty when another instance has the
     * interval.
     */
    public Optional<Result> runOncePerInterval(Duration interval) {
        if (!leases.tryAcquire(JOB, interval.plus(PASS_LEASE))) {
            return Optional.empty();
        }
        Result result = transaction.execute(status -> watch());
        log.debug("Deadline watch pass on {} for the interval: {}", leases.instanceId(), result);
        return Optional.ofNullable(result);
    }

    /** One pass; returns how many warnings and late marks it made (0 when another instance runs). */
    public Result runOnce() {
        if (!leases.tryAcquire(JOB, PASS_LEASE)) {
            return new Result(0, 0);
        }
        try {
            Result result = transaction.execute(status -> watch());
            // which instance made each pass, for operations (logging.level.ma.cimr.teleservices.request.DeadlineWatch=DEBUG)
            log.debug("Deadline watch pass on {}: {}", leases.instanceId(), result);
            return result;
        } finally {
            leases.release(JOB);
        }
    }

    private Result watch() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BusinessCalendar.ZONE);
        BusinessCalendar calendar = holidays.calendar();
        int warnings = 0;
        int late = 0;
        // all open requests: a calendar rule (5 January) can be at risk months before its date
        for (ServiceRequest request : queries.openRequests()) {
            if (request.pausedOn() != null) {
                continue;
            }
            LocalDate receivedOn = LocalDate.ofInstant(request.receivedAt(), BusinessCalendar.ZONE);
            TrafficLight light = TrafficLight.of(receivedOn, request.dueDate(), today, calendar);
            if (light == TrafficLight.LATE && requests.addEventOnce(request.id(), now, EventKind.LATE,
                    RequestIntake.SYSTEM, request.dueDate())) {
                requests.markLate(request.id(), request.dueDate().plusDays(1));
                late++;
            }
            if (light != TrafficLight.ON_TRACK && requests.addEventOnce(request.id(), now, EventKind.DEADLINE_WARNING,
                    RequestIntake.SYSTEM, request.dueDate())) {
                requests.markWarned(request.id(), now);
                warn(request);
                warnings++;
            }
        }
        return new Result(warnings, late);
    }

    private void warn(ServiceRequest request) {
        Set<String> recipients = new LinkedHashSet<>();
        if (request.assigneeAccountId() != null) {
            accounts.emailOf(request.assigneeAccountId()).ifPresent(recipients::add);
        }
        recipients.addAll(accounts.emailsOf(Role.SUPERVISOR));
        RequestType type = types.get(request.typeCode());
        String subject = i18n.getTranslation("notice.warning.subject", PortalI18NProvider.FRENCH, request.reference());
        StringBuilder body = new StringBuilder(i18n.getTranslation("notice.warning.body", PortalI18NProvider.FRENCH,
                request.reference(), type.labelFr(), DATE.format(request.dueDate()),
                request.assigneeName() == null ? "—" : request.assigneeName()));
        if (type.complaintScheme() != null && type.complaintScheme().delayNoticeRequired()) {
            // this scheme promises to announce any delay, with the new date, before the deadline
            body.append("\n\n").append(i18n.getTranslation("notice.warning.delayNoticeRequired",
                    PortalI18NProvider.FRENCH, DATE.format(request.dueDate())));
        }
        recipients.forEach(recipient -> outbox.email(recipient, subject, body.toString()));
    }

    public record Result(int warnings, int lateMarks) {
    }
}
