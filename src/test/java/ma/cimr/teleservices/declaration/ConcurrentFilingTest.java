package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.shared.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static ma.cimr.teleservices.declaration.DeclarationFixture.TETOUAN;
import static ma.cimr.teleservices.declaration.DeclarationFixture.TETOUAN_DECLARATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two filings of one draft at the same moment (two tabs, a double click that got through):
 * exactly one is filed, with one request; the other is told it is already filed. Committed for
 * real, so it cleans up after itself.
 */
class ConcurrentFilingTest extends PortalBrowserlessTest {

    @Autowired
    SalaryDeclarations declarations;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    private Long draft;

    @AfterEach
    void removeTheDeclarationAndItsRequest() {
        if (draft == null) {
            return;
        }
        Object request = dsl.fetchValue("select request_id from declaration where id = ?", draft);
        dsl.execute("delete from declaration where id = ?", draft);
        if (request != null) {
            dsl.execute("delete from request_event where request_id = ?", request);
            dsl.execute("delete from service_request where id = ?", request);
        }
    }

    @Test
    void twoFilingsAtOnceFileTheDeclarationExactlyOnce() throws Exception {
        signInAs(TETOUAN_DECLARATION);
        long tetouan = DeclarationFixture.company(declarations, TETOUAN);
        draft = declarations.start(tetouan, DeclarationFixture.currentMonth(clock),
                DeclarationFixture.category(declarations, tetouan, "EMP"));

        CountDownLatch ready = new CountDownLatch(2);
        Callable<String> filing = () -> {
            SignedIn.as(accounts, TETOUAN_DECLARATION);
            ready.countDown();
            ready.await(10, TimeUnit.SECONDS);
            try {
                return declarations.file(draft).requestReference();
            } catch (Refusal refusal) {
                return refusal.key();
            } finally {
                SignedIn.out();
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        try {
            List<Future<String>> futures = threads.invokeAll(List.of(filing, filing), 60, TimeUnit.SECONDS);
            for (Future<String> future : futures) {
                outcomes.add(future.get());
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(outcomes).filteredOn(outcome -> outcome.startsWith("R")).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome.equals("declaration.review.error.alreadyFiled")).hasSize(1);
        assertThat(dsl.fetchValue("select status from declaration where id = ?", draft)).isEqualTo("FILED");
        assertThat(dsl.fetchValue("""
                select count(*) from service_request sr join declaration d on d.request_id = sr.id where d.id = ?
                """, draft)).isEqualTo(1L);
        assertThat(dsl.fetchValue("select count(*) from service_request where description like ? and received_at = ("
                + "select filed_at from declaration where id = ?)", "%Tétouan Céramique%", draft)).isEqualTo(1L);
    }
}
