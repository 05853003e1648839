package ma.cimr.teleservices.request;

import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.shared.BusinessCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Supplier;

import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.RETIREE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The charter's figures nobody can bend (DD023): a request is measured against the deadline
 * committed when its clock started, whatever a delay notice, an escalation or a reopening did to
 * its due date afterwards; the complaints the charter excludes from its 4 days are measured by
 * their own scheme, acknowledgement included. Each test compares the figures before and after its
 * own request: the demo year and other tests share the database.
 */
@Transactional
class CharterIntegrityTest extends PortalBrowserlessTest {

    /** An affiliate's question: commitment 6 for affiliates, 4 business days. */
    private static final String QUESTION = "AFFILIATE_INFORMATION";
    private static final String COMPLAINT = "AFFILIATE_COMPLAINT";
    private static final String CONCILIATOR = "conciliateur";

    @Autowired
    CharterDashboard dashboard;
    @Autowired
    RequestTypes types;
    @Autowired
    ServiceRequests serviceRequests;
    @Autowired
    RequestDesk desk;
    @Autowired
    TestClock clock;

    private Instant savedInstant;
    private LocalDate today;
    private LocalDate yearAgo;
    /** Far enough to hold every answer these tests give, the same before and after. */
    private LocalDate periodEnd;

    @BeforeEach
    void setUp() {
        savedInstant = clock.instant();
        today = LocalDate.ofInstant(savedInstant, BusinessCalendar.ZONE);
        yearAgo = today.minusMonths(12).plusDays(1);
        periodEnd = today.plusMonths(3);
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(savedInstant);
    }

    @Test
    void aRequestAnsweredAfterItsCommittedDateCountsAsLateEvenWhenADelayNoticeMovedItsDueDate() {
        CommitmentFigures before = figuresFor(QUESTION);
        RequestReceipt request = as(AFFILIATE, () -> serviceRequests.file(question()));
        LocalDate committed = request.dueDate();

        as(AGENT, () -> {
            desk.announceDelay(request.reference(), committed.plusDays(10), "Le dossier est à l'étude au siège.");
            return null;
        });
        moveClockTo(committed.plusDays(1));
        answer(AGENT, request.reference());

        CommitmentFigures after = figuresFor(QUESTION);
        assertThat(after.answered()).isEqualTo(before.answered() + 1);
        assertThat(after.answeredInTime()).isEqualTo(before.answeredInTime());
        // the moved date is shown for what it is, beside the one the charter measures
        RequestDetail detail = as(AGENT, () -> desk.detail(request.reference()));
        assertThat(detail.summary().dueDate()).isEqualTo(committed.plusDays(10));
        assertThat(detail.committedDueDate()).isEqualTo(committed);
        assertThat(detail.dueDateMoved()).isTrue();
    }

    @Test
    void aRequestAnsweredByItsCommittedDateAfterADelayNoticeStillCountsInTime() {
        CommitmentFigures before = figuresFor(QUESTION);
        RequestReceipt request = as(AFFILIATE, () -> serviceRequests.file(question()));

        as(AGENT, () -> {
            desk.announceDelay(request.reference(), request.dueDate().plusDays(10), "Le dossier est à l'étude.");
            return null;
        });
        answer(AGENT, request.reference());

        assertThat(figuresFor(QUESTION).answeredInTime()).isEqualTo(before.answeredInTime() + 1);
    }

    @Test
    void aComplaintEscalatedForWantOfAnAnswerAndAnsweredByConciliationCountsAsLateForItsCommitment() {
        CommitmentFigures before = figuresFor(COMPLAINT);
        RequestReceipt complaint = as(AFFILIATE, () -> serviceRequests.file(complaint(COMPLAINT)));

        // thirty days without an answer open conciliation, which gets a deadline of its own
        clock.advance(Duration.ofDays(30));
        RequestDetail escalated = as(AFFILIATE,
                () -> serviceRequests.escalate(complaint.reference(), null, "Toujours pas de réponse."));
        assertThat(escalated.summary().level()).isEqualTo(RequestLevel.CONCILIATION);
        assertThat(escalated.summary().dueDate()).isAfter(complaint.dueDate());
        // answered within the conciliation's deadline, a month after the charter's
        answer(CONCILIATOR, complaint.reference());

        CommitmentFigures after = figuresFor(COMPLAINT);
        assertThat(after.requests()).isEqualTo(before.requests() + 1);
        assertThat(after.answered()).isEqualTo(before.answered() + 1);
        assertThat(after.answeredInTime()).isEqualTo(before.answeredInTime());
    }

    @Test
    void aLateAnswerStaysLateWhenTheRequestIsReopenedAndPausedAfterIt() {
        CommitmentFigures before = figuresFor(QUESTION);
        RequestReceipt request = as(AFFILIATE, () -> serviceRequests.file(question()));
        moveClockTo(request.dueDate().plusDays(1));
        answer(AGENT, request.reference());

        // reopened, it gets a fresh deadline from today; a pause then moves that one only
        LocalDate reopenedDue = as(AGENT, () -> desk.reopen(request.reference(), "Un nouvel élément est arrivé."));
        as(AGENT, () -> {
            desk.waitForRequester(request.reference(), "Votre attestation de travail.");
            return null;
        });
        clock.advance(Duration.ofDays(7));
        LocalDate resumedDue = as(AGENT, () -> desk.resume(request.reference()));

        assertThat(resumedDue).isAfter(reopenedDue);
        RequestDetail detail = as(AGENT, () -> desk.detail(request.reference()));
        assertThat(detail.committedDueDate()).isEqualTo(request.dueDate());
        CommitmentFigures after = figuresFor(QUESTION);
        assertThat(after.answered()).isEqualTo(before.answered() + 1);
        assertThat(after.answeredInTime()).isEqualTo(before.answeredInTime());
    }

    @Test
    void aPauseBeforeTheFirstAnswerStopsTheChartersClockToo() {
        CommitmentFigures before = figuresFor(QUESTION);
        RequestReceipt request = as(AFFILIATE, () -> serviceRequests.file(question()));
        as(AGENT, () -> {
            desk.waitForRequester(request.reference(), "Votre attestation de travail.");
            return null;
        });
        clock.advance(Duration.ofDays(14));
        LocalDate resumedDue = as(AGENT, () -> desk.resume(request.reference()));
        // answered after the first due date, within the one the pause moved
        moveClockTo(resumedDue);
        answer(AGENT, request.reference());

        assertThat(resumedDue).isAfter(request.dueDate());
        RequestDetail detail = as(AGENT, () -> desk.detail(request.reference()));
        assertThat(detail.committedDueDate()).isEqualTo(resumedDue);
        assertThat(detail.dueDateMoved()).isFalse();
        assertThat(figuresFor(QUESTION).answeredInTime()).isEqualTo(before.answeredInTime() + 1);
    }

    @Test
    void aComplaintAboutAPensionPaidAbroadIsMeasuredByItsSchemeNotInTheFourDayCommitment() {
        CommitmentFigures fourDaysBefore = figuresFor("RETIREE_COMPLAINT");
        SchemeFigures tenFortyBefore = schemeFigures("TEN_FORTY");
        SchemeFigures charterBefore = schemeFigures("CHARTER");

        as(RETIREE, () -> serviceRequests.file(complaint("RETIREE_COMPLAINT_ABROAD")));

        assertThat(figuresFor("RETIREE_COMPLAINT").requests()).isEqualTo(fourDaysBefore.requests());
        assertThat(schemeFigures("TEN_FORTY").requests()).isEqualTo(tenFortyBefore.requests() + 1);
        assertThat(schemeFigures("CHARTER").requests()).isEqualTo(charterBefore.requests());

        // a complaint of the charter's own scheme does count in the 4 days
        as(RETIREE, () -> serviceRequests.file(complaint("RETIREE_COMPLAINT")));
        assertThat(figuresFor("RETIREE_COMPLAINT").requests()).isEqualTo(fourDaysBefore.requests() + 1);
        assertThat(schemeFigures("CHARTER").requests()).isEqualTo(charterBefore.requests() + 1);
    }

    @Test
    void theAcknowledgementOfAComplaintIsDueWithinTenDaysAndMeasured() {
        SchemeFigures before = schemeFigures("TEN_FORTY");

        RequestReceipt complaint = as(RETIREE, () -> serviceRequests.file(complaint("RETIREE_COMPLAINT_ABROAD")));

        RequestDetail detail = as(RETIREE, () -> serviceRequests.find(complaint.reference(), null));
        assertThat(detail.acknowledgementDueDate()).isEqualTo(today.plusDays(10));
        assertThat(detail.acknowledgedAt()).isEqualTo(detail.summary().receivedAt());
        assertThat(complaint.dueDate()).isEqualTo(today.plusDays(40));
        SchemeFigures after = schemeFigures("TEN_FORTY");
        assertThat(after.requests()).isEqualTo(before.requests() + 1);
        assertThat(after.acknowledgedInTime()).isEqualTo(before.acknowledgedInTime() + 1);
        assertThat(after.shareAcknowledgedInTime()).isEqualTo(1.0);
        // the charter's own scheme has no acknowledgement delay of its own: none is shown
        RequestReceipt charterComplaint = as(RETIREE, () -> serviceRequests.file(complaint("RETIREE_COMPLAINT")));
        assertThat(as(RETIREE, () -> serviceRequests.find(charterComplaint.reference(), null))
                .acknowledgementDueDate()).isNull();
    }

    @Test
    void theDatabaseRefusesARequestAcknowledgedAfterItsAcknowledgementDueDate() {
        RequestReceipt complaint = as(RETIREE, () -> serviceRequests.file(complaint("RETIREE_COMPLAINT_ABROAD")));

        assertThatThrownBy(() -> dsl.update(ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST)
                .set(ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST.ACKNOWLEDGED_AT,
                        savedInstant.plus(Duration.ofDays(12)).atOffset(java.time.ZoneOffset.UTC))
                .where(ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST.REFERENCE.eq(complaint.reference()))
                .execute())
                .hasMessageContaining("service_request_acknowledged_in_time");
    }

    @Test
    void aCommitmentNobodyAskedForInThePeriodSaysNothingWasMeasured() {
        LocalDate future = today.plusYears(5);

        assertThat(dashboard.figures(future, future.plusDays(1)))
                .allSatisfy(f -> {
                    assertThat(f.measured()).isFalse();
                    assertThat(f.shareInTime()).isNull();
                });
        assertThat(dashboard.figures(yearAgo, today)).filteredOn(f -> f.requests() > 0)
                .allSatisfy(f -> assertThat(f.measured()).isTrue());
    }

    // --- helpers

    @Autowired
    org.jooq.DSLContext dsl;

    private CommitmentFigures figuresFor(String typeCode) {
        RequestType type = types.get(typeCode);
        return dashboard.figures(yearAgo, periodEnd).stream()
                .filter(f -> f.commitment().population() == type.population()
                        && f.commitment().number() == type.commitmentNumber())
                .findFirst().orElseThrow();
    }

    private SchemeFigures schemeFigures(String code) {
        return dashboard.schemeFigures(yearAgo, periodEnd).stream()
                .filter(f -> f.scheme().code().equals(code)).findFirst().orElseThrow();
    }

    private static NewRequest question() {
        return new NewRequest(QUESTION, Channel.WEB, "fr", "Mon relevé de points",
                "Mon relevé de points est-il à jour ?", null, null, null);
    }

    private static NewRequest complaint(String typeCode) {
        return new NewRequest(typeCode, Channel.WEB, "fr", "Paiement manquant",
                "Ma pension du mois n'est pas arrivée sur mon compte.", null, null, null);
    }

    private void answer(String login, String reference) {
        as(login, () -> {
            desk.answer(reference, "Votre demande est traitée.");
            return null;
        });
    }

    private <T> T as(String login, Supplier<T> action) {
        SignedIn.as(accounts, login);
        try {
            return action.get();
        } finally {
            SignedIn.out();
        }
    }

    /** Noon in Casablanca, so that the day is the same in every zone the portal reads it in. */
    private void moveClockTo(LocalDate day) {
        clock.set(day.atTime(LocalTime.NOON).atZone(BusinessCalendar.ZONE).toInstant());
    }
}
