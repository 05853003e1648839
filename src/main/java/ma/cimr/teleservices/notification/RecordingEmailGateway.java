package ma.cimr.teleservices.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The development e-mail gateway ({@code portal.mail.gateway=recording}, the default of
 * {@code ./mvnw spring-boot:run}): nothing leaves the application; the latest e-mails are kept in
 * memory for the demo inbox ({@code /dev/inbox}), where a newcomer reads an activation link or a
 * code and follows it, so every flow of the README can be tried without a mail server. Logged
 * without the body (it may carry a secret). The production profile refuses it.
 */
public class RecordingEmailGateway implements EmailGateway {

    private static final Logger log = LoggerFactory.getLogger(RecordingEmailGateway.class);
    private static final int KEPT = 200;

    public record Email(String to, String subject, String body, Instant receivedAt) {
    }

    private final Deque<Email> received = new ArrayDeque<>();

    @Override
    public synchronized void send(String to, String subject, String body) {
        received.addFirst(new Email(to, subject, body, Instant.now()));
        while (received.size() > KEPT) {
            received.removeLast();
        }
        log.info("E-mail not sent (recording gateway, read it at /dev/inbox) to {}: {} characters", to, body.length());
    }

    /** The latest e-mails, newest first. */
    public synchronized List<Email> received() {
        return List.copyOf(received);
    }
}
