package ma.cimr.teleservices.notification;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.TestMailbox;
import ma.cimr.teleservices.notification.repository.OutboxRepository;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static ma.cimr.teleservices.jooq.Tables.OUTBOX_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two deliveries at once, as two application instances on one database would run them, send each
 * message exactly once: the row locks ({@code FOR UPDATE SKIP LOCKED}) give them disjoint batches.
 */
@PortalTest
class OutboxConcurrencyTest {

    private static final int MESSAGES = 60;

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    OutboxRepository repository;
    @Autowired
    EmailGateway emailGateway;
    @Autowired
    SmsGateway smsGateway;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    DSLContext dsl;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Clock clock;

    @BeforeEach
    void queueMessages() {
        dsl.deleteFrom(OUTBOX_MESSAGE).execute();
        mailbox.purge();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            for (int i = 0; i < MESSAGES; i++) {
                outbox.email(recipient(i), "Message " + i, "Corps du message n° " + i);
            }
        });
    }

    /**
     * Each instance waits, inside its first batch and holding its locks, until the other one is
     * inside its own first batch too: the runs really overlap. Were the second run blocked by the
     * first one's locks (no SKIP LOCKED), the rendezvous would time out and the test fail; were the
     * rows not locked at all, both would send the same messages.
     */
    @Test
    void twoInstancesDeliveringAtOnceSendEachMessageExactlyOnce() throws Exception {
        CyclicBarrier bothInsideABatch = new CyclicBarrier(2);
        OutboxProperties smallBatches = new OutboxProperties(10, 8, Duration.ofSeconds(30), Duration.ofHours(1));
        OutboxDelivery instanceA = new OutboxDelivery(repository, meetingFirst(bothInsideABatch), smsGateway,
                smallBatches, clock, transactionManager);
        OutboxDelivery instanceB = new OutboxDelivery(repository, meetingFirst(bothInsideABatch), smsGateway,
                smallBatches, clock, transactionManager);

        int sent = runTogether(instanceA::deliverDue, instanceB::deliverDue);

        assertEachSentOnce(sent);
    }

    @Test
    void twoThreadsCallingTheDeliveryAtOnceSendEachMessageExactlyOnce() throws Exception {
        int sent = runTogether(delivery::deliverDue, delivery::deliverDue);

        assertEachSentOnce(sent);
    }

    private void assertEachSentOnce(int sent) {
        assertThat(sent).as("sent, as the two runs counted").isEqualTo(MESSAGES);
        var receivedPerRecipient = mailbox.received().stream()
                .collect(Collectors.groupingBy(mail -> mail.to().getFirst(), Collectors.counting()));
        assertThat(receivedPerRecipient).as("mails received per recipient")
                .isEqualTo(IntStream.range(0, MESSAGES).boxed()
                        .collect(Collectors.toMap(OutboxConcurrencyTest::recipient, i -> 1L)));
        assertThat(dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.STATUS.eq(OutboxMessage.Status.SENT).and(OUTBOX_MESSAGE.ATTEMPTS.eq(1))))
                .isEqualTo(MESSAGES);
    }

    private static int runTogether(Callable<Integer> first, Callable<Integer> second) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Integer>> runs = executor.invokeAll(List.of(
                    () -> { start.await(); return first.call(); },
                    () -> { start.await(); return second.call(); }));
            int sent = 0;
            for (Future<Integer> run : runs) {
                sent += run.get(30, TimeUnit.SECONDS);
            }
            return sent;
        } finally {
            executor.shutdownNow();
        }
    }

    /** The real SMTP gateway, whose first send waits (up to 10 s) for the other instance's first send. */
    private EmailGateway meetingFirst(CyclicBarrier barrier) {
        AtomicBoolean first = new AtomicBoolean(true);
        return (to, subject, body) -> {
            if (first.getAndSet(false)) {
                try {
                    barrier.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the other delivery never got a batch of its own", e);
                }
            }
            emailGateway.send(to, subject, body);
        };
    }

    private static String recipient(int i) {
        return "destinataire." + i + "@example.ma";
    }
}
