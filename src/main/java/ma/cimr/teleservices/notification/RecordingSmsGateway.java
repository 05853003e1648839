package ma.cimr.teleservices.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The development SMS gateway ({@code portal.sms.gateway=recording}, the default): nothing leaves
 * the application; each SMS is kept in memory, where tests read it, and logged without its text
 * (it may carry a code: no secret ever goes to a log).
 */
public class RecordingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(RecordingSmsGateway.class);

    public record Sms(String phoneNumber, String text) {
    }

    private final List<Sms> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(String phoneNumber, String text) {
        sent.add(new Sms(phoneNumber, text));
        log.info("SMS not sent (recording gateway) to {}: {} characters", phoneNumber, text.length());
    }

    /** What was "sent" since the start or the last {@link #clear()}, oldest first. */
    public List<Sms> sent() {
        return List.copyOf(sent);
    }

    public void clear() {
        sent.clear();
    }
}
