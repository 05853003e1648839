package ma.cimr.teleservices.request;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.notification.OutboxDelivery;
import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.RETIREE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What staff do to a request, as the requester sees it on the timeline and in their mailbox. */
@PortalTest
@Transactional
class RequestDeskTest {

    @Autowired
    ServiceRequests requests;
    @Autowired
    RequestDesk desk;
    @Autowired
    AccountService accounts;
    @Autowired
    HolidayService holidays;
    @Autowired
    TestClock clock;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    OutboxDelivery delivery;

    private Instant start;

    @BeforeEach
    void setUp() {
        start = clock.instant();
        delivery.deliverDue();
        mailbox.purge();
    }

    @AfterEach
    void tearDown() {
        clock.set(start);
        SignedIn.out();
    }

    @Test
    void waitingForTheRequesterStopsTheClockAndResumingMovesTheDueDate() {
        String reference = anonymousAddressChange();
        SignedIn.as(accounts, AGENT);
        LocalDate due = desk.detail(reference).summary().dueDate();

        desk.waitForRequester(reference, "Une copie de votre CIN.");
        assertThat(desk.detail(reference).summary().status()).isEqualTo(RequestStatus.WAITING_FOR_REQUESTER);
        clock.advance(Duration.ofDays(7));
        LocalDate moved = desk.resume(reference);

        BusinessCalendar calendar = holidays.calendar();
        LocalDate pausedOn = LocalDate.ofInstant(start, BusinessCalendar.ZONE);
        assertThat(calendar.businessDaysBetween(due, moved)).isEqualTo(calendar.businessDaysBetween(pausedOn, pausedOn.plusDays(7)));
        assertThat(desk.detail(reference).timeline()).extracting(RequestEvent::kind)
                .contains(EventKind.WAITING_FOR_REQUESTER, EventKind.RESUMED);
        delivery.deliverDue();
        assertThat(mailbox.receivedBy("visiteur@demo.example")).anySatisfy(mail ->
                assertThat(mail.body()).contains("Une copie de votre CIN."));
    }

    @Test
    void aClosedRequestCanBeReopenedWithAFreshDeadlineAndNotAnOpenOne() {
        String reference = anonymousAddressChange();
        SignedIn.as(accounts, AGENT);
        assertThatThrownBy(() -> desk.reopen(reference, "Nouvel élément"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.key()).isEqualTo("request.error.notClosed"));
        desk.answer(reference, "Votre adresse est changée.");
        clock.advance(Duration.ofDays(10));

        LocalDate due = desk.reopen(reference, "Le code postal était faux.");

        RequestDetail detail = desk.detail(reference);
        assertThat(detail.summary().status()).isEqualTo(RequestStatus.ASSIGNED);
        assertThat(detail.summary().dueDate()).isEqualTo(due).isAfter(LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE));
        assertThat(detail.timeline()).extracting(RequestEvent::kind).endsWith(EventKind.REOPENED);
        delivery.deliverDue();
        assertThat(mailbox.receivedBy("visiteur@demo.example")).anySatisfy(mail ->
                assertThat(mail.subject()).contains(reference, "rouverte"));
    }

    @Test
    void internalNotesNeverReachTheRequester() {
        SignedIn.as(accounts, RETIREE);
        String reference = requests.file(new NewRequest("RETIREE_INFORMATION", Channel.WEB, "fr", "Date de paiement",
                "Quand la pension de décembre sera-t-elle virée ?", null, null, null)).reference();
        SignedIn.as(accounts, AGENT);
        desk.note(reference, "Vérifier le dossier de paiement avant de répondre.");

        assertThat(desk.detail(reference).timeline()).extracting(RequestEvent::kind).contains(EventKind.NOTE);
        SignedIn.as(accounts, RETIREE);
        assertThat(requests.find(reference, null).timeline()).extracting(RequestEvent::kind).doesNotContain(EventKind.NOTE);
    }

    @Test
    void theOpenQueueLeavesOutAnsweredRequestsThatTheWholeQueueKeeps() {
        String reference = anonymousAddressChange();
        SignedIn.as(accounts, AGENT);
        int open = desk.queueSize(Team.RETIREES, true);
        int all = desk.queueSize(Team.RETIREES, false);

        desk.answer(reference, "Votre adresse est changée.");

        assertThat(desk.queueSize(Team.RETIREES, true)).isEqualTo(open - 1);
        assertThat(desk.queueSize(Team.RETIREES, false)).isEqualTo(all);
        assertThat(desk.queue(Team.RETIREES, true, 0, all)).extracting(RequestSummary::reference).doesNotContain(reference);
        assertThat(desk.queue(Team.RETIREES, true, 0, all)).extracting(RequestSummary::status).allMatch(RequestStatus::isOpen);
        assertThat(desk.queue(Team.RETIREES, false, 0, all)).extracting(RequestSummary::reference).contains(reference);
    }

    private String anonymousAddressChange() {
        return requests.fileAnonymously(new NewRequest("RETIREE_INFORMATION", Channel.WEB, "fr", "Changement d'adresse",
                "Je souhaite savoir comment déclarer ma nouvelle adresse.", "Fatna Alaoui", "visiteur@demo.example",
                null)).reference();
    }
}
