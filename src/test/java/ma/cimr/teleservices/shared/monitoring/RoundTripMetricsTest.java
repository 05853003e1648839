package ma.cimr.teleservices.shared.monitoring;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import ma.cimr.teleservices.PortalTest;
import org.jooq.DSLContext;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
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
        RoundTripMetrics metrics = new RoundTripMetrics(own);
        MockHttpServletResponse response = new MockHttpServletResponse();
        Logger logger = (Logger) LoggerFactory.getLogger(RoundTripMetrics.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        Level level = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.addAppender(logged);

        try {
            metrics.doFilter(roundTrip(), response, (request, answer) -> {
            dsl.fetchCount(AFFILIATE);
            dsl.fetchCount(USER_ACCOUNT);
            dsl.selectFrom(AFFILIATE).where(AFFILIATE.ID.eq(1L)).fetch();
            // another person's request at the same moment is not this round trip's
            CompletableFuture.runAsync(() -> dsl.fetchCount(AFFILIATE)).join();
            ((HttpServletResponse) answer).setHeader("X-Request-Id", "abc123");
            answer.getWriter().write("for(;;);[{}]");
            });
        } finally {
            logger.detachAppender(logged);
            logger.setLevel(level);
        }

        DistributionSummary queries = own.get("portal.ui.request.queries").summary();
        assertThat(queries.count()).isEqualTo(1);
        assertThat(queries.totalAmount()).isEqualTo(3.0);
        assertThat(own.get("portal.ui.request").timer().count()).isEqualTo(1);
        assertThat(response.getContentAsString()).isEqualTo("for(;;);[{}]");
        // what the load test reads to put the server's figures next to the step that caused them
        assertThat(logged.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .startsWith("round-trip request=abc123 ms=").endsWith(" queries=3");
    }

    @Test
    void anotherRequestIsNeitherTimedNorCounted() throws Exception {
        SimpleMeterRegistry own = new SimpleMeterRegistry();
        RoundTripMetrics metrics = new RoundTripMetrics(own);
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/affiliate/statement");
        MockHttpServletResponse response = new MockHttpServletResponse();

        metrics.doFilter(page, response, (request, answer) -> dsl.fetchCount(AFFILIATE));

        assertThat(own.get("portal.ui.request.queries").summary().count()).isZero();
        assertThat(own.get("portal.ui.request").timer().count()).isZero();
    }

    @Test
    void theApplicationsTimerCountsRoundTripsAndShowsOnTheManagementPort() throws Exception {
        RoundTripMetrics metrics = new RoundTripMetrics(registry);
        Timer timer = registry.get("portal.ui.request").timer();
        long before = timer.count();
        MockHttpServletResponse response = new MockHttpServletResponse();

        metrics.doFilter(roundTrip(), response, (request, answer) -> dsl.fetchCount(AFFILIATE));

        assertThat(timer.count()).isEqualTo(before + 1);
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
