package ma.cimr.teleservices.notification;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP SMS gateway against a small local server that records what it gets and answers as told. */
class HttpSmsGatewayTest {

    private record Request(String method, String path, String contentType, String authorization, String body) {
    }

    private final AtomicReference<Request> received = new AtomicReference<>();
    private final AtomicInteger answer = new AtomicInteger(200);
    private HttpServer server;
    private URI url;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/sms", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.set(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            byte[] response = "{\"id\":\"42\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.get(), response.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response);
            }
        });
        server.start();
        url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/sms");
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void postsTheNumberAndTextAsJsonWithTheBearerToken() {
        new HttpSmsGateway(url, "s3cr3t-token", Duration.ofSeconds(5))
                .send("+212612345678", "Votre code : 482913 — رمزكم");

        Request request = received.get();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/sms");
        assertThat(request.contentType()).startsWith("application/json");
        assertThat(request.authorization()).isEqualTo("Bearer s3cr3t-token");
        assertThat(JsonMapper.builder().build().readValue(request.body(), Map.class))
                .isEqualTo(Map.of("to", "+212612345678", "text", "Votre code : 482913 — رمزكم"));
    }

    @Test
    void withoutATokenNoAuthorizationIsSent() {
        new HttpSmsGateway(url, " ", Duration.ofSeconds(5)).send("+212612345678", "Bonjour");

        assertThat(received.get().authorization()).isNull();
    }

    @Test
    void aServerErrorIsAFailure() {
        answer.set(500);
        HttpSmsGateway gateway = new HttpSmsGateway(url, "s3cr3t-token", Duration.ofSeconds(5));

        assertThatThrownBy(() -> gateway.send("+212612345678", "Bonjour"))
                .isInstanceOf(RestClientResponseException.class).hasMessageContaining("500");
        assertThat(received.get()).as("the request did reach the server").isNotNull();
    }

    @Test
    void aRefusalIsAFailure() {
        answer.set(401);
        HttpSmsGateway gateway = new HttpSmsGateway(url, "wrong-token", Duration.ofSeconds(5));

        assertThatThrownBy(() -> gateway.send("+212612345678", "Bonjour"))
                .isInstanceOf(RestClientResponseException.class).hasMessageContaining("401");
    }

    @Test
    void anUnreachableGatewayIsAFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        HttpSmsGateway gateway = new HttpSmsGateway(URI.create("http://127.0.0.1:" + closedPort + "/v1/sms"), null,
                Duration.ofSeconds(2));

        assertThatThrownBy(() -> gateway.send("+212612345678", "Bonjour")).isInstanceOf(ResourceAccessException.class);
    }
}
