package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.bank.IncomingCredit;
import ma.cimr.teleservices.bank.IncomingCredits;
import ma.cimr.teleservices.bank.SandboxBank;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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

import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.SECOND_AGENT;
import static ma.cimr.teleservices.jooq.Tables.GRANTED_POINTS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two agents identify the same money at the same instant, or two transfers for one buy-back, many
 * times over (DD040): one identification, one pair of requests, and then one credit however many
 * agents click it at once. Committed for real, on the real database, so it cleans up after itself.
 */
class ConcurrentIdentificationsTest extends PortalBrowserlessTest {

    private static final int ATTEMPTS = 40;

    @Autowired
    BuyBacks buyBacks;
    @Autowired
    BuyBackPayments payments;
    @Autowired
    BuyBackCredits credits;
    @Autowired
    SandboxBank bank;
    @Autowired
    IncomingCredits incomingCredits;
    @Autowired
    AccountService accounts;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    private BuyBack asked;
    private final List<String> entries = new ArrayList<>();

    @AfterEach
    void removeTheBuyBackAndWhatItStarted() {
        if (asked == null) {
            return;
        }
        var requests = dsl.fetch("select request_reference, statement_request_reference from buy_back where id = ?",
                asked.id());
        for (var row : requests) {
            for (Object reference : List.of(row.get(0) == null ? "" : row.get(0), row.get(1) == null ? "" : row.get(1))) {
                dsl.execute("delete from granted_points where reference = ?", reference);
                dsl.execute("delete from buy_back_declaration where request_reference = ?", reference);
                dsl.execute("delete from staff_approval where subject = ?", reference);
                dsl.execute("delete from outbox_message where subject like ?", "%" + reference + "%");
                dsl.execute("update buy_back set request_reference = null, statement_request_reference = null where id = ?",
                        asked.id());
                dsl.execute("delete from request_event where request_id in (select id from service_request where reference = ?)",
                        reference);
                dsl.execute("delete from service_request where reference = ?", reference);
            }
        }
        entries.forEach(entry -> {
            dsl.execute("delete from buy_back_payment where bank_entry_id = ?", entry);
            dsl.execute("delete from bank_incoming_credit where entry_id = ?", entry);
        });
        dsl.execute("delete from buy_back where id = ?", asked.id());
    }

    @Test
    void identifiedTwiceAtTheSameInstantThePaymentPaysOnceAndIsCreditedOnce() throws Exception {
        signInAs(AFFILIATE);
        asked = buyBacks.ask(new BigDecimal("1500"), PortalI18NProvider.FRENCH);
        SignedIn.out();
        LocalDate today = LocalDate.now(clock);
        // two transfers nobody's reference names, of the buy-back's amount: only one may pay it
        IncomingCredit first = bank.receiveCredit("Virement Alami rachat", new BigDecimal("1500"), today, "Alami");
        IncomingCredit second = bank.receiveCredit("Alami rachat points", new BigDecimal("1500"), today, "Alami");
        entries.add(first.entryId());
        entries.add(second.entryId());
        incomingCredits.deliverPending();
        signInAs(AGENT);
        List<Long> waiting = payments.unidentified().stream()
                .filter(payment -> entries.contains(payment.bankEntryId())).map(BuyBackPayment::id).toList();
        assertThat(waiting).hasSize(2);
        SignedIn.out();

        Map<String, Long> identified = atOnce(i -> {
            payments.identify(waiting.get(i % 2), asked.paymentReference());
            return "IDENTIFIED";
        });

        assertThat(identified.get("IDENTIFIED")).as("identified once: " + identified).isEqualTo(1L);
        assertThat(identified.keySet()).as("the others refused")
                .isSubsetOf("IDENTIFIED", "buyback.error.alreadyIdentified", "buyback.error.alreadyPaid");
        String request = (String) dsl.fetchValue("select request_reference from buy_back where id = ?", asked.id());
        assertThat(dsl.fetchValue("select count(*) from service_request where type_code in (?, ?) and description like ?",
                "AFFILIATE_BUYBACK", BuyBackIdentification.STATEMENT_TYPE, "%" + asked.paymentReference() + "%"))
                .as("one pair of requests").isEqualTo(2L);
        assertThat(dsl.fetchValue("select count(*) from buy_back_payment where buy_back_id = ?", asked.id())).isEqualTo(1L);

        signInAs(AGENT);
        BuyBackPayment paid = credits.find(request).payment();
        SignedIn.out();
        Map<String, Long> credited = atOnce(i -> credits.credit(request, paid.amount(), paid.bankEntryId())
                .map(granted -> "CREDITED").orElse("PROPOSED"));

        System.out.printf("buy-back payment identified by %d agents at once: %s; credited by %d at once: %s%n",
                ATTEMPTS, identified, ATTEMPTS, credited);
        assertThat(dsl.fetchCount(GRANTED_POINTS, GRANTED_POINTS.REFERENCE.eq(request))).as("one credit: " + credited)
                .isEqualTo(1);
        assertThat(credited.get("CREDITED")).isEqualTo(1L);
    }

    /** The action by {@value #ATTEMPTS} threads at once, two agents taking turns; each outcome counted. */
    private Map<String, Long> atOnce(Attempt attempt) throws Exception {
        CountDownLatch ready = new CountDownLatch(ATTEMPTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<String>> tries = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            int index = i;
            String agent = i % 2 == 0 ? AGENT : SECOND_AGENT;
            tries.add(() -> {
                SignedIn.as(accounts, agent);
                ready.countDown();
                go.await(60, TimeUnit.SECONDS);
                try {
                    return attempt.run(index);
                } catch (Refusal refusal) {
                    return refusal.key();
                } catch (DataIntegrityViolationException secondWall) {
                    return "unique index";
                } finally {
                    SignedIn.out();
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> futures = new ArrayList<>();
            tries.forEach(one -> futures.add(threads.submit(one)));
            assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<String> future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
        }
        assertThat(outcomes).hasSize(ATTEMPTS);
        return outcomes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private interface Attempt {
        String run(int index);
    }
}
