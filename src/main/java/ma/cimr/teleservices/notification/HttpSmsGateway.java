package ma.cimr.teleservices.notification;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Sends an SMS as {@code POST <portal.sms.http.url>} with the JSON {@code {"to": "+212...", "text": "..."}},
 * and {@code Authorization: Bearer <portal.sms.http.token>} when a token is set. Any answer other
 * than 2xx, or no answer within the timeout, is a failure (an exception), so the outbox retries.
 */
public class HttpSmsGateway implements SmsGateway {

    /** The request body. */
    record SmsRequest(String to, String text) {
    }

    private final RestClient client;
    private final URI url;

    public HttpSmsGateway(URI url, @Nullable String token, Duration timeout) {
        this.url = url;
        HttpClient httpClient = HttpClient.newBuilder().connectTimeout(timeout).build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(timeout);
        RestClient.Builder builder = RestClient.builder().requestFactory(requestFactory);
        if (token != null && !token.isBlank()) {
            builder.defaultHeaders(headers -> headers.setBearerAuth(token));
        }
        this.client = builder.build();
    }

    @Override
    public void send(String phoneNumber, String text) {
        client.post()
                .uri(url)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new SmsRequest(phoneNumber, text))
                .retrieve()
                .toBodilessEntity(); // 4xx and 5xx throw RestClientResponseException
    }
}
