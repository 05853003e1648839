package ma.cimr.teleservices.shared.monitoring;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The server's share of what a person waits for after a click (issue 15, DD047): each Vaadin round
 * trip ({@code ?v-r=uidl}) is timed from the request's arrival to its answer written, and the SQL
 * statements it ran are counted, as {@code portal_ui_request_seconds} and
 * {@code portal_ui_request_queries} on the management port. The browser's own time (rendering,
 * network) is what the load test measures on top. With {@code portal.metrics.server-timing=true}
 * (the load test's setting, never production's: it tells strangers how long the server took) each
 * answer also carries a {@code Server-Timing} header with both figures, so that a client can put
 * them next to the step that caused them.
 */
class RoundTripMetrics extends OncePerRequestFilter {

    private final Timer handling;
    private final DistributionSummary queries;
    private final boolean serverTimingHeader;

    RoundTripMetrics(MeterRegistry registry, boolean serverTimingHeader) {
        this.handling = Timer.builder("portal.ui.request")
                .description("Time the server takes to handle one Vaadin round trip")
                .publishPercentileHistogram().register(registry);
        this.queries = DistributionSummary.builder("portal.ui.request.queries")
                .description("SQL statements one Vaadin round trip runs")
                .publishPercentileHistogram().minimumExpectedValue(1.0).maximumExpectedValue(200.0).register(registry);
        this.serverTimingHeader = serverTimingHeader;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"uidl".equals(request.getParameter("v-r"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletResponse answer = serverTimingHeader ? new ContentCachingResponseWrapper(response) : response;
        long start = System.nanoTime();
        QueryCounter.start();
        int count;
        try {
            chain.doFilter(request, answer);
        } finally {
            count = QueryCounter.stop();
            long nanos = System.nanoTime() - start;
            handling.record(nanos, TimeUnit.NANOSECONDS);
            queries.record(count);
            if (answer instanceof ContentCachingResponseWrapper cached) {
                // the answer waited in memory: the header can still go before it
                cached.setHeader("Server-Timing", String.format(Locale.ROOT, "app;dur=%.3f, db;desc=\"queries\";dur=%d",
                        nanos / 1e6, count));
                cached.copyBodyToResponse();
            }
        }
    }
}
