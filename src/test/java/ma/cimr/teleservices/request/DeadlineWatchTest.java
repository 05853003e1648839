package ma.cimr.teleservices.request;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.TestMailbox.ReceivedMail;
import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.notification.OutboxDelivery;
import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.request.repository.RequestReadModel;
import ma.cimr.teleservices.request.repository.ServiceRequestRepository;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.scheduling.JobLeases;
import ma.cimr.teleservices.shared.scheduling.JobLeasesForTests;
import ma.cimr.teleservices.shared.scheduling.repository.JobLeaseRepository;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.RETIREE;
import static ma.cimr.teleservices.jooq.Tables.REQUEST_EVENT;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline watch is a scheduled job that runs once, not twice, when two instances share the
 * database: each instance has its own {@link JobLeases} (another instance id) on the one lease
 * table, and the once-per-request events are unique in the database.
 *
 * <p>The watch scans every open request, the demo year's too, so the tests assert only on their
 * own requests and on the warning e-mails whose subject names their reference. The application's
 * own schedule is off in the tests ({@code portal.requests.deadline-watch-enabled=false} in
 * {@code PortalTest}): every pass here is one the test starts, so none is waited for.
 */
@PortalTest
class DeadlineWatchTest {

    private static final String AGENT2 = "agent2";
    private static final String AGENT2_EMAIL = "agent2@demo.example";
    private static final String SUPERVISOR_EMAIL = "superviseur@demo.example";
    /** An affiliate's question: answered within 4 business days. */
    private static final String QUESTION = "AFFILIATE_INFORMATION";
    private static final String COMPLAINT = "AFFILIATE_COMPLAINT";

    // the collaborators of a second DeadlineWatch, taken from the context
    @Autowired
    RequestReadModel readModel;
    @Autowired
    ServiceRequestRepository requestRepository;
    @Autowired
    RequestTypes types;
    @Autowired
    HolidayService holidays;
    @Autowired
    AccountService accounts;
    @Autowired
    Outbox outbox;
    @Autowired
    PortalI18NProvider i18n;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JobLeaseRepository leaseRepository;
    @Autowired
    PlatformTransactionManager transactionManager;

    /** This instance's watch, with the application's own lease. */
    @Autowired
    DeadlineWatch watch;
    @Autowired
    ServiceRequests serviceRequests;
    @Autowired
    RequestDesk desk;
    @Autowired
    TestClock clock;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    DSLContext dsl;

    private Instant savedInstant;

    @BeforeEach
    void setUp() {
        savedInstant = clock.instant();
        delivery.deliverDue();
        mailbox.purge();
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(savedInstant);
        SignedIn.out();
    }

    @Test
    void twoInstancesRunningTogetherWarnAnAtRiskRequestOnce() throws Exception {
        RequestReceipt request = fileQuestion();
        as(AGENT2, () -> desk.assignToMe(request.reference()));
        // on its due date no business day is left: less than a quarter of the four
        moveClockTo(request.dueDate());
        assertThat(trafficLight(request.reference())).isEqualTo(TrafficLight.AT_RISK);

        runTogether(watch, anotherInstance("instance-b"));

        assertThat(events(request.reference(), EventKind.DEADLINE_WARNING)).isEqualTo(1);
        assertThat(events(request.reference(), EventKind.LATE)).isZero();
        assertThat(stored(request.reference()).getWarnedAt()).isNotNull();
        delivery.deliverDue();
        // one e-mail for the assignee, one for the supervisors, nobody else, nothing twice
        assertThat(warningsAbout(request.reference())).extracting(ReceivedMail::to)
                .containsExactlyInAnyOrder(List.of(AGENT2_EMAIL), List.of(SUPERVISOR_EMAIL));
    }

    @Test
    void laterPassesDoNotWarnAgain() throws Exception {
        RequestReceipt request = fileQuestion();
        as(AGENT2, () -> desk.assignToMe(request.reference()));
        moveClockTo(request.dueDate());
        runTogether(watch, anotherInstance("instance-b"));
        delivery.deliverDue();
        assertThat(warningsAbout(request.reference())).hasSize(2);

        // the watch comes back (every five minutes, on either instance): the request is still at risk
        clock.advance(Duration.ofHours(2));
        watch.runOnce();
        anotherInstance("instance-b").runOnce();
        runTogether(watch, anotherInstance("instance-b"));

        assertThat(events(request.reference(), EventKind.DEADLINE_WARNING)).isEqualTo(1);
        delivery.deliverDue();
        assertThat(warningsAbout(request.reference())).hasSize(2);
    }

    @Test
    void aRequestPastItsDueDateIsMarkedLateOnce() throws Exception {
        RequestReceipt request = fileQuestion();
        moveClockTo(request.dueDate().plusDays(1));

        runTogether(watch, anotherInstance("instance-b"));
        watch.runOnce();

        assertThat(events(request.reference(), EventKind.LATE)).isEqualTo(1);
        assertThat(stored(request.reference()).getLateSince()).isEqualTo(request.dueDate().plusDays(1));
        // late without ever having been at risk on a pass: it is warned too, once (no assignee: the supervisors)
        assertThat(events(request.reference(), EventKind.DEADLINE_WARNING)).isEqualTo(1);
        delivery.deliverDue();
        assertThat(warningsAbout(request.reference())).extracting(ReceivedMail::to)
                .containsExactly(List.of(SUPERVISOR_EMAIL));
    }

    @Test
    void aRequestWaitingForTheRequesterIsNeitherWarnedNorMarkedLate() throws Exception {
        RequestReceipt request = fileQuestion();
        // the clock stops while the fund waits for the requester
        as(AGENT2, () -> desk.waitForRequester(request.reference(), "La copie de votre CIN."));
        moveClockTo(request.dueDate().plusDays(5));

        runTogether(watch, anotherInstance("instance-b"));

        assertNeverWarnedNorLate(request.reference());
    }

    @Test
    void aClosedRequestIsNeitherWarnedNorMarkedLate() throws Exception {
        RequestReceipt request = fileQuestion();
        as(AGENT, () -> desk.answer(request.reference(), "Votre relevé est à jour."));
        moveClockTo(request.dueDate().plusDays(5));

        runTogether(watch, anotherInstance("instance-b"));

        assertNeverWarnedNorLate(request.reference());
    }

    @Test
    void whileAnotherInstanceHoldsTheLeaseTheWatchDoesNothing() {
        RequestReceipt request = fileQuestion();
        JobLeases otherInstance = JobLeasesForTests.instance(leaseRepository, clock, transactionManager,
                "other-instance");
        // taken for long enough that moving the clock to the due date does not end it
        assertThat(otherInstance.tryAcquire(DeadlineWatch.JOB, Duration.ofDays(30))).isTrue();
        try {
            moveClockTo(request.dueDate());

            assertThat(watch.runOnce()).isEqualTo(new DeadlineWatch.Result(0, 0));
            assertThat(events(request.reference(), EventKind.DEADLINE_WARNING)).isZero();
        } finally {
            otherInstance.release(DeadlineWatch.JOB);
        }

        // once given up, this instance takes the job: the request was only waiting for the lease
        watch.runOnce();
        assertThat(events(request.reference(), EventKind.DEADLINE_WARNING)).isEqualTo(1);
    }

    @Test
    void twoInstancesTickingInTheSameIntervalMakeOnePassAndTheHolderKeepsTheJobUntilItStops() {
        Duration interval = Duration.ofMinutes(5);
        JobLeases leasesA = JobLeasesForTests.instance(leaseRepository, clock, transactionManager, "instance-a");
        JobLeases leasesB = JobLeasesForTests.instance(leaseRepository, clock, transactionManager, "instance-b");
        DeadlineWatch a = anotherInstance(leasesA);
        DeadlineWatch b = anotherInstance(leasesB);
        try {
            assertThat(a.runOncePerInterval(interval)).as("A ticks first").isPresent();
            assertThat(b.runOncePerInterval(interval)).as("B ticks in the same interval").isEmpty();
            clock.advance(Duration.ofMinutes(2));
            assertThat(b.runOncePerInterval(interval)).as("B ticks again, still A's interval").isEmpty();
            clock.advance(Duration.ofMinutes(3));
            assertThat(a.runOncePerInterval(interval)).as("A's next tick renews its interval").isPresent();
            assertThat(b.runOncePerInterval(interval)).isEmpty();

            // A stops (killed): once its lease has run out, B takes the job over
            clock.advance(interval.plus(Duration.ofMinutes(10)).plusSeconds(1));
            assertThat(b.runOncePerInterval(interval)).as("B after A's lease ran out").isPresent();
            assertThat(a.runOncePerInterval(interval)).as("A, back, finds B's interval").isEmpty();
        } finally {
            leasesA.release(DeadlineWatch.JOB);
            leasesB.release(DeadlineWatch.JOB);
        }
    }

    @Test
    void evenTwoPassesThatOverlapWarnOnceSinceTheEventIsUniqueInTheDatabase() throws Exception {
        RequestReceipt request = fileQuestion();
        as(AGENT2, () -> desk.assignToMe(request.reference()));
        moveClockTo(request.dueDate());
        // first every demo request at risk that day is dealt with (ours is paused meanwhile, for no
        // time at all), so that the two overlapping passes below contend for our request only
        as(AGENT2, () -> desk.waitForRequester(request.reference(), "Votre numéro d'affiliation."));
        anotherInstance(leaseThatExcludesNobody("pre-pass")).runOnce();
        as(AGENT2, () -> assertThat(desk.resume(request.reference())).isEqualTo(request.dueDate()));

        // a lease that no longer excludes the other instance, as when a pass outlives its lease
        runTogether(anotherInstance(leaseThatExcludesNobody("instance-a")),
                anotherInstance(leaseThatExcludesNobody("instance-b")));

        assertThat(events(request.reference(), EventKind.DEADLINE_WARNING)).isEqualTo(1);
        delivery.deliverDue();
        assertThat(warningsAbout(request.reference())).extracting(ReceivedMail::to)
                .containsExactlyInAnyOrder(List.of(AGENT2_EMAIL), List.of(SUPERVISOR_EMAIL));
    }

    // Regression (fixed): an escalated complaint is never watched again. ServiceRequestRepository.escalate clears
    // warned_at and late_since for the new level's due date, but DeadlineWatch records the warning
    // and the late mark with addEventOnce, whose unique index (request_event_once_idx, V4) allows
    // one DEADLINE_WARNING and one LATE per request for ever: a complaint that was late at the
    // fund's level and is then late with the conciliation service gets neither late_since nor a
    // warning to the supervisors.
    @Test
    void aComplaintEscalatedToConciliationIsWatchedAgainstItsNewDueDate() throws Exception {
        RequestReceipt complaint = file(AFFILIATE, new NewRequest(COMPLAINT, Channel.WEB, "fr",
                "Points manquants", "Mon relevé ne montre aucun point pour 2019.", null, null, null));
        // late at the fund's level, then answered; the affiliate turns to conciliation
        moveClockTo(complaint.dueDate().plusDays(1));
        watch.runOnce();
        assertThat(stored(complaint.reference()).getLateSince()).isNotNull();
        as(AGENT, () -> desk.answer(complaint.reference(), "Vos points sont corrects."));
        as(AFFILIATE, () -> serviceRequests.escalate(complaint.reference(), null, "Je ne suis pas d'accord."));
        var escalated = stored(complaint.reference());
        assertThat(escalated.getTeam()).isEqualTo(Team.CONCILIATION);
        assertThat(escalated.getLateSince()).as("cleared by the escalation").isNull();
        LocalDate conciliationDue = escalated.getDueDate();

        // the conciliation service does not answer in time either
        moveClockTo(conciliationDue.plusDays(1));
        delivery.deliverDue();
        mailbox.purge();
        watch.runOnce();

        assertThat(stored(complaint.reference()).getLateSince()).isEqualTo(conciliationDue.plusDays(1));
        delivery.deliverDue();
        assertThat(warningsAbout(complaint.reference())).extracting(ReceivedMail::to)
                .contains(List.of(SUPERVISOR_EMAIL));
    }

    // Regression (fixed): DeadlineWatch only looks at requests due within LOOK_AHEAD_DAYS (60 days), assuming
    // "requests due further away than this cannot be at risk yet". That is false for a calendar
    // rule such as the retiree's tax certificate (RETIREE_TAX_CERTIFICATE, "at the latest on
    // 5 January"): asked in January, it is at risk (less than a quarter of ~250 business days left)
    // about three months before its due date, and the queues show it orange, but the warning only
    // goes out once it is 60 days away.
    @Test
    void aRequestAtRiskMoreThanSixtyDaysBeforeItsDueDateIsWarned() throws Exception {
        // asked in January: due on 5 January of the next year
        moveClockTo(LocalDate.of(LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE).getYear(), 1, 12));
        RequestReceipt request = file(RETIREE, new NewRequest("RETIREE_TAX_CERTIFICATE", Channel.WEB, "fr",
                "Attestation fiscale", "Merci de m'envoyer mon attestation de pension.", null, null,
                "06 12 34 56 78"));
        LocalDate receivedOn = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        LocalDate firstDayAtRisk = receivedOn;
        while (TrafficLight.of(receivedOn, request.dueDate(), firstDayAtRisk, holidays.calendar())
                != TrafficLight.AT_RISK) {
            firstDayAtRisk = firstDayAtRisk.plusDays(1);
        }
        assertThat(firstDayAtRisk.plusDays(60)).as("at risk while due more than 60 days later")
                .isBefore(request.dueDate());

        moveClockTo(firstDayAtRisk);
        watch.runOnce();

        assertThat(events(request.reference(), EventKind.DEADLINE_WARNING)).isEqualTo(1);
    }

    // --- helpers

    private RequestReceipt fileQuestion() {
        return file(AFFILIATE, new NewRequest(QUESTION, Channel.WEB, "fr", "Mon relevé de points",
                "Mon relevé de points est-il à jour ?", null, null, null));
    }

    private RequestReceipt file(String login, NewRequest form) {
        SignedIn.as(accounts, login);
        try {
            return serviceRequests.file(form);
        } finally {
            SignedIn.out();
        }
    }

    private void as(String login, Runnable action) {
        SignedIn.as(accounts, login);
        try {
            action.run();
        } finally {
            SignedIn.out();
        }
    }

    /** Noon in Casablanca, so that the day is the same in every zone the portal reads it in. */
    private void moveClockTo(LocalDate day) {
        clock.set(day.atTime(LocalTime.NOON).atZone(BusinessCalendar.ZONE).toInstant());
    }

    /** Another application instance's watch, on the same database, with its own lease holder. */
    private DeadlineWatch anotherInstance(String instanceId) {
        return anotherInstance(JobLeasesForTests.instance(leaseRepository, clock, transactionManager, instanceId));
    }

    private DeadlineWatch anotherInstance(JobLeases leases) {
        return new DeadlineWatch(readModel, requestRepository, types, holidays, accounts, outbox, i18n, leases,
                transaction, clock);
    }

    /** Leases that every instance gets at once: nothing but the database keeps the passes apart. */
    private JobLeases leaseThatExcludesNobody(String instanceId) {
        JobLeaseRepository grantsAll = new JobLeaseRepository() {
            @Override
            public boolean tryAcquire(String jobName, String owner, Instant now, Instant until) {
                return true;
            }

            @Override
            public boolean release(String jobName, String owner) {
                return true;
            }
        };
        return JobLeasesForTests.instance(grantsAll, clock, transactionManager, instanceId);
    }

    /** Starts every instance's pass at the same moment and waits for all of them. */
    private void runTogether(DeadlineWatch... instances) throws Exception {
        CyclicBarrier start = new CyclicBarrier(instances.length);
        List<Callable<DeadlineWatch.Result>> passes = new ArrayList<>();
        for (DeadlineWatch instance : instances) {
            passes.add(() -> {
                start.await(10, TimeUnit.SECONDS);
                return instance.runOnce();
            });
        }
        ExecutorService executor = Executors.newFixedThreadPool(instances.length);
        try {
            for (Future<DeadlineWatch.Result> pass : executor.invokeAll(passes)) {
                pass.get(60, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }
    }

    private void assertNeverWarnedNorLate(String reference) {
        assertThat(events(reference, EventKind.DEADLINE_WARNING)).isZero();
        assertThat(events(reference, EventKind.LATE)).isZero();
        var stored = stored(reference);
        assertThat(stored.getWarnedAt()).isNull();
        assertThat(stored.getLateSince()).isNull();
        delivery.deliverDue();
        assertThat(warningsAbout(reference)).isEmpty();
    }

    private TrafficLight trafficLight(String reference) {
        var stored = stored(reference);
        return TrafficLight.of(LocalDate.ofInstant(stored.getReceivedAt().toInstant(), BusinessCalendar.ZONE),
                stored.getDueDate(), LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE), holidays.calendar());
    }

    private ma.cimr.teleservices.jooq.tables.records.ServiceRequestRecord stored(String reference) {
        return dsl.selectFrom(SERVICE_REQUEST).where(SERVICE_REQUEST.REFERENCE.eq(reference)).fetchSingle();
    }

    private int events(String reference, EventKind kind) {
        return dsl.fetchCount(REQUEST_EVENT.join(SERVICE_REQUEST).on(SERVICE_REQUEST.ID.eq(REQUEST_EVENT.REQUEST_ID)),
                SERVICE_REQUEST.REFERENCE.eq(reference).and(REQUEST_EVENT.KIND.eq(kind)));
    }

    /** The warning e-mails about one request, whoever they went to. */
    private List<ReceivedMail> warningsAbout(String reference) {
        String subject = i18n.getTranslation("notice.warning.subject", PortalI18NProvider.FRENCH, reference);
        return mailbox.received().stream().filter(mail -> mail.subject().equals(subject)).toList();
    }
}
