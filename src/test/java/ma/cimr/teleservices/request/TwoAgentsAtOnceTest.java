package ma.cimr.teleservices.request;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.shared.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.jooq.Tables.REQUEST_EVENT;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people act on one request at the same instant, each in their own transaction: exactly one
 * wins, the other is refused with the rule's key, and the timeline shows one transition (DD020).
 *
 * <p>To make "at the same instant" certain rather than likely, the test itself holds the request's
 * row lock while both start: both are then queued on that row, and the test lets them go at once.
 * A transition that read the request without locking it would not queue at its read: both would
 * read the open request, both would queue at their update, and both would answer.
 */
@PortalTest
class TwoAgentsAtOnceTest {

    private static final String AGENT2 = "agent2";

    @Autowired
    ServiceRequests serviceRequests;
    @Autowired
    RequestDesk desk;
    @Autowired
    AccountService accounts;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void ofTwoAgentsAnsweringOneRequestAtOnceOneAnswersAndTheOtherIsToldItIsClosed() throws Exception {
        String reference = fileQuestion();

        List<Outcome> outcomes = atOnce(reference,
                () -> as(AGENT, () -> desk.answer(reference, "Votre relevé est joint.")),
                () -> as(AGENT2, () -> desk.answer(reference, "Voici votre relevé.")));

        assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).extracting(Outcome::refusalKey)
                .containsExactly("request.error.closed");
        assertThat(events(reference, EventKind.ANSWERED)).isEqualTo(1);
        assertThat(events(reference, EventKind.CLOSED)).isEqualTo(1);
    }

    @Test
    void aRequesterWhoEscalatesTwiceAtOnceEscalatesOnce() throws Exception {
        String complaint = fileComplaint();
        as(AGENT, () -> desk.answer(complaint, "Vos points de 2019 sont bien comptés."));
        Runnable escalate = () -> as(AFFILIATE, () -> serviceRequests.escalate(complaint, null, "Je conteste."));

        List<Outcome> outcomes = atOnce(complaint, escalate, escalate);

        assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).extracting(Outcome::refusalKey)
                .containsExactly("request.error.escalationNotOpen");
        assertThat(events(complaint, EventKind.ESCALATED)).isEqualTo(1);
        assertThat(dsl.select(SERVICE_REQUEST.LEVEL).from(SERVICE_REQUEST)
                .where(SERVICE_REQUEST.REFERENCE.eq(complaint)).fetchSingle().value1())
                .isEqualTo(RequestLevel.CONCILIATION);
    }

    /**
     * Starts both actions while the test holds the request's row lock, waits until both are queued
     * on a lock, then lets them go together. Each runs in its own thread, so in its own transaction.
     */
    private List<Outcome> atOnce(String reference, Runnable first, Runnable second) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Future<?> holder = threads.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                dsl.selectFrom(SERVICE_REQUEST).where(SERVICE_REQUEST.REFERENCE.eq(reference)).forUpdate().fetchSingle();
                locked.countDown();
                await(release);
            }));
            await(locked);
            int waitingBefore = waitingOnLocks();
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Outcome>> actions = new ArrayList<>();
            for (Runnable action : List.of(first, second)) {
                actions.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return Outcome.of(action);
                }));
            }
            awaitWaitingOnLocks(waitingBefore + 2);
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> action : actions) {
                outcomes.add(action.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    /** Sessions of this database queued on a lock: both actions must be, whichever statement queues them. */
    private int waitingOnLocks() {
        return dsl.fetchSingle("select count(*)::int from pg_stat_activity "
                + "where datname = current_database() and wait_event_type = 'Lock'").get(0, Integer.class);
    }

    /** Waits for a state of the database (both actions queued), never for a fixed time. */
    private void awaitWaitingOnLocks(int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (waitingOnLocks() < count) {
            assertThat(System.nanoTime()).as("both actions are queued on the request's row").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private String fileQuestion() {
        return file(new NewRequest("AFFILIATE_INFORMATION", Channel.WEB, "fr", "Relevé de points",
                "Pouvez-vous m'envoyer mon relevé ?", null, null, null));
    }

    private String fileComplaint() {
        return file(new NewRequest("AFFILIATE_COMPLAINT", Channel.WEB, "fr", "Points manquants",
                "Mon relevé ne montre aucun point pour 2019.", null, null, null));
    }

    private String file(NewRequest form) {
        String[] reference = new String[1];
        as(AFFILIATE, () -> reference[0] = serviceRequests.file(form).reference());
        return reference[0];
    }

    private void as(String login, Runnable action) {
        SignedIn.as(accounts, login);
        try {
            action.run();
        } finally {
            SignedIn.out();
        }
    }

    private int events(String reference, EventKind kind) {
        return dsl.fetchCount(REQUEST_EVENT.join(SERVICE_REQUEST).on(SERVICE_REQUEST.ID.eq(REQUEST_EVENT.REQUEST_ID)),
                SERVICE_REQUEST.REFERENCE.eq(reference), REQUEST_EVENT.KIND.eq(kind));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Won, or refused with this key; anything else fails the test. */
    private record Outcome(boolean won, String refusalKey) {

        static Outcome of(Runnable action) {
            try {
                action.run();
                return new Outcome(true, null);
            } catch (Refusal refusal) {
                return new Outcome(false, refusal.key());
            }
        }
    }
}
