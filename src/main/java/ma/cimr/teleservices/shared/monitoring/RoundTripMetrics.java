package ma.cimr.teleservices.shared.monitoring;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The server's share of what a person waits for after a click (issue 15, DD047): each Vaadin round
 * trip ({@code ?v-r=uidl}) is timed from the request's arrival to its answer written, and the SQL
 * statements it ran are counted, as {@code portal_ui_request_seconds} and
 * {@code portal_ui_request_queries} on the management port. The browser's own time (rendering,
 * network) is what the load test measures on top. At {@code DEBUG} (the load test's setting, too
 * talkative for production) each round trip is also logged with its request id, the one its
 * answer's {@code X-Request-Id} header carries, so that a client can put the server's figures next
 * to the step that caused them. Not in a response header: the answer is already on its way when
 * the figures are known, and holding it back to add one would cost memory on every click.
 */
class RoundTripMetrics extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RoundTripMetrics.class);
    private static final String REQUEST_ID = "X-Request-Id";

    private final Timer handling;
    private final DistributionSummary queries;

    RoundTripMetrics(MeterRegistry registry) {
        this.handling = Timer.builder("portal.ui.request")
                .description("Time the server takes to handle one Vaadin round trip")
                .publishPercentileHistogram().register(registry);
        this.queries = DistributionSummary.builder("portal.ui.request.queries")
                .description("SQL statements one Vaadin round trip runs")
                .publishPercentileHistogram().minimumExpectedValue(1.0).maximumExpectedValue(200.0).register(registry);
    }

    /**
     * Read from the query string, never {@code getParameter}: on a form post that would read the
     * body before the filters and servlets that own it.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null || !("&" + query + "&").contains("&v-r=uidl&");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        QueryCounter.start();
        try {
            chain.doFilter(request, response);
        } finally {
            int count = QueryCounter.stop();
            long nanos = System.nanoTime() - start;
            handling.record(nanos, TimeUnit.NANOSECONDS);
            queries.record(count);
            if (log.isDebugEnabled()) {
                log.debug(String.format(Locale.ROOT, "round-trip request=%s ms=%.3f queries=%d",
                        response.getHeader(REQUEST_ID), nanos / 1e6, count));
            }
        }
    }
}
