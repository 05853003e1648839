package ma.cimr.teleservices.easypayment;

import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.shared.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static ma.cimr.teleservices.DemoLogins.ATLAS_ORDERER;
import static ma.cimr.teleservices.DemoLogins.ATLAS_SECOND_VALIDATOR;
import static ma.cimr.teleservices.DemoLogins.ATLAS_VALIDATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly once (issue 12): an order of Atlas Conserves (two confirmations) has its first; then 1 000
 * last confirmations arrive at the same instant, from both validators (two validators at once, double
 * clicks, retries after a timeout, several portal instances: all the same to the database), each on
 * its own thread and connection against the real database. One executes it: one execution row, one
 * message to the bank, one debit; the 999 others are told it is executed or already confirmed by them.
 * Committed for real, so it cleans up after itself.
 */
class ConcurrentConfirmationsTest extends PortalBrowserlessTest {

    private static final int CONFIRMATIONS = 1_000;

    @Autowired
    PaymentOrders orders;
    @Autowired
    HolidayService holidays;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    private Long orderId;
    private List<Long> declared = List.of();

    @BeforeEach
    void atlasDeclaredLastMonth() {
        declared = EasyPaymentFixture.declareAtlasLastMonth(dsl);
    }

    @AfterEach
    void removeTheOrderAndWhatItSent() {
        if (orderId == null) {
            EasyPaymentFixture.removeDeclarations(dsl, declared);
            return;
        }
        String reference = PaymentOrder.reference(orderId);
        dsl.execute("delete from bank_answer where message_id = ?", "EASYPAY-" + reference);
        dsl.execute("delete from bank_message where message_id = ?", "EASYPAY-" + reference);
        dsl.execute("delete from outbox_message where subject like ?", "E@sypaiement " + reference + " %");
        dsl.execute("delete from payment_order where id = ?", orderId);
        EasyPaymentFixture.removeDeclarations(dsl, declared);
    }

    @Test
    void aThousandLastConfirmationsAtOnceExecuteTheOrderOnce() throws Exception {
        signInAs(ATLAS_ORDERER);
        PaymentOrder order = orders.order(EasyPaymentFixture.everythingPayable(orders.payableDues(),
                EasyPaymentFixture.nextBusinessDay(holidays, clock)));
        orderId = order.id();
        signInAs(ATLAS_VALIDATOR);
        orders.confirm(order.id(), order.version(), null);
        SignedIn.out();

        CountDownLatch ready = new CountDownLatch(CONFIRMATIONS);
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<String>> confirmations = new ArrayList<>();
        for (int i = 0; i < CONFIRMATIONS; i++) {
            String validator = i % 2 == 0 ? ATLAS_SECOND_VALIDATOR : ATLAS_VALIDATOR;
            confirmations.add(() -> {
                SignedIn.as(accounts, validator);
                ready.countDown();
                go.await(60, TimeUnit.SECONDS);
                try {
                    return orders.confirm(order.id(), order.version(), null).status().name();
                } catch (Refusal refusal) {
                    return refusal.key();
                } finally {
                    SignedIn.out();
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> futures = new ArrayList<>();
            confirmations.forEach(confirmation -> futures.add(threads.submit(confirmation)));
            assertThat(ready.await(120, TimeUnit.SECONDS)).as("all 1 000 ready").isTrue();
            go.countDown();
            for (Future<String> future : futures) {
                outcomes.add(future.get(180, TimeUnit.SECONDS));
            }
        }

        Map<String, Long> counted = outcomes.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        assertThat(counted.get("SENT")).as("executed by one confirmation: " + counted).isEqualTo(1L);
        // which refusal each of the others gets depends on when it read the order: either is a refusal
        assertThat(counted.keySet()).as("the others refused").isSubsetOf("SENT", "easypayment.error.executed",
                "easypayment.error.confirmedTwice");
        assertThat(outcomes).as("1 000 answers").hasSize(1000);
        assertThat(dsl.fetchValue("select count(*) from payment_order_execution where order_id = ?", orderId))
                .isEqualTo(1L);
        assertThat(dsl.fetchValue("select count(*) from bank_message where message_id = ?",
                "EASYPAY-" + order.reference())).as("one message to the bank, one debit").isEqualTo(1L);
        assertThat(dsl.fetchValue("select count(*) from payment_order_confirmation where order_id = ?", orderId))
                .isEqualTo(2L);
        assertThat(dsl.fetchValue("select status from payment_order where id = ?", orderId)).isEqualTo("SENT");
    }
}
