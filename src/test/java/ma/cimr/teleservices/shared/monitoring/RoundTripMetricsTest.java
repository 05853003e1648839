package ma.cimr.teleservices.shared.monitoring;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import ma.cimr.teleservices.PortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round-trip timer counts the SQL statements a Vaadin round trip really sends through the
 * application's own jOOQ configuration, only those of its own thread, and only for round trips.
 */
@PortalTest
class RoundTripMetricsTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    MeterRegistry registry;
    @LocalManagementPort
    int managementPort;

    @Test
    void aRoundTripCountsTheQueriesItRanAndNotThoseOfAnotherThread() throws Exception {
        SimpleMeterRegistry own = new SimpleMeterRegistry();
        RoundTripMetrics metrics = new RoundTripMetrics(own, true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        metrics.doFilter(roundTrip(), response, (request, answer) -> {
            dsl.fetchCount(AFFILIATE);
            dsl.fetchCount(USER_ACCOUNT);
            dsl.selectFrom(AFFILIATE).where(AFFILIATE.ID.eq(1L)).fetch();
            // another person's request at the same moment is not this round trip's
            CompletableFuture.runAsync(() -> dsl.fetchCount(AFFILIATE)).join();
            answer.getWriter().write("for(;;);[{}]");
        });

        DistributionSummary queries = own.get("portal.ui.request.queries").summary();
        assertThat(queries.count()).isEqualTo(1);
        assertThat(queries.totalAmount()).isEqualTo(3.0);
        assertThat(own.get("portal.ui.request").timer().count()).isEqualTo(1);
        assertThat(response.getHeader("Server-Timing")).startsWith("app;dur=").endsWith("db;desc=\"queries\";dur=3");
        assertThat(response.getContentAsString()).isEqualTo("for(;;);[{}]");
    }

    @Test
    void anotherRequestIsNeitherTimedNorCounted() throws Exception {
        SimpleMeterRegistry own = new SimpleMeterRegistry();
        RoundTripMetrics metrics = new RoundTripMetrics(own, true);
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/affiliate/statement");
        MockHttpServletResponse response = new MockHttpServletResponse();

        metrics.doFilter(page, response, (request, answer) -> dsl.fetchCount(AFFILIATE));

        assertThat(own.get("portal.ui.request.queries").summary().count()).isZero();
        assertThat(response.getHeader("Server-Timing")).isNull();
    }

    @Test
    void theApplicationsTimerCountsRoundTripsWithoutTellingTheBrowserAndShowsOnTheManagementPort() throws Exception {
        RoundTripMetrics metrics = new RoundTripMetrics(registry, false);
        Timer timer = registry.get("portal.ui.request").timer();
        long before = timer.count();
        MockHttpServletResponse response = new MockHttpServletResponse();

        metrics.doFilter(roundTrip(), response, (request, answer) -> dsl.fetchCount(AFFILIATE));

        assertThat(timer.count()).isEqualTo(before + 1);
        assertThat(response.getHeader("Server-Timing")).isNull();
        String prometheus = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + managementPort + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(prometheus).contains("portal_ui_request_seconds_bucket").contains("portal_ui_request_queries_count");
    }

    private static MockHttpServletRequest roundTrip() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=uidl&v-uiId=0");
        request.setParameter("v-r", "uidl");
        return request;
    }
}
