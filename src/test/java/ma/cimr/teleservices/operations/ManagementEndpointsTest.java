package ma.cimr.teleservices.operations;

import ma.cimr.teleservices.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the operations team and the container's health check read, on the management port only:
 * liveness, readiness and the Prometheus metrics the issue names. The public port does not serve them.
 */
@PortalTest
class ManagementEndpointsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalManagementPort
    int managementPort;
    @LocalServerPort
    int publicPort;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void livenessAndReadinessAreUpOnTheManagementPortWithNoDetailToAStranger() throws Exception {
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        HttpResponse<String> liveness = get(managementPort, "/actuator/health/liveness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"UP\"");
    }

    @Test
    void thePublicPortDoesNotServeTheManagementEndpoints() throws Exception {
        HttpResponse<String> health = get(publicPort, "/actuator/health");
        HttpResponse<String> metrics = get(publicPort, "/actuator/prometheus");

        assertThat(health.body()).doesNotContain("\"status\":\"UP\"");
        assertThat(metrics.body()).doesNotContain("portal_outbox_messages");
    }

    @Test
    void prometheusShowsTheOutboxTheLateRequestsPerCommitmentAndTheSignInFailures() throws Exception {
        mvc.perform(post("/login").param("username", "metrics.nobody").param("password", "wrong").with(csrf()));

        String metrics = get(managementPort, "/actuator/prometheus").body();

        assertThat(metrics)
                .contains("portal_outbox_messages{application=\"teleservices\",status=\"pending\"}")
                .contains("portal_outbox_messages{application=\"teleservices\",status=\"failed\"}")
                .contains("portal_outbox_oldest_pending_seconds")
                .contains("portal_requests_late{application=\"teleservices\",commitment=\"2\",population=\"COMPANY\"}")
                .contains("portal_sign_in_failures_total{application=\"teleservices\",reason=\"bad_credentials\"}")
                .contains("hikaricp_connections_active");
        // the demo's year of requests has late ones still open: the figure is read, not a constant
        assertThat(lateRequests(metrics)).isPositive();
    }

    private static double lateRequests(String metrics) {
        return metrics.lines().filter(line -> line.startsWith("portal_requests_late{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
