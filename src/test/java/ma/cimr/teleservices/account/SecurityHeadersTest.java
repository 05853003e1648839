package ma.cimr.teleservices.account;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.security.SecurityHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers a browser gets with every page, over real HTTP on the test's port: a content
 * security policy Vaadin works with (the browserless and Chromium tests run under it), no
 * sniffing, no referrer leaking the path to other sites, no powerful browser features, and
 * behind the TLS proxy HSTS and Secure cookies.
 */
@PortalTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thePublicPagesCarryTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/login", "/complaint")) {
            var response = get(path, false);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValue(SecurityHeaders.PERMISSIONS_POLICY);
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("SAMEORIGIN");
            assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
        }
    }

    @Test
    void behindTheTlsProxyThePageGetsHstsAndASecureSessionCookie() throws Exception {
        var response = get("/login", true);

        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValue(SecurityHeaders.STRICT_TRANSPORT_SECURITY);
        assertThat(response.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
    }

    private HttpResponse<String> get(String path, boolean throughTlsProxy) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (throughTlsProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
