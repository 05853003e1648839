package ma.cimr.teleservices.notification;

import ma.cimr.teleservices.notification.repository.OutboxRepository;
import ma.cimr.teleservices.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * The one way out of the portal for e-mail and SMS. A feature calls it inside the transaction of
 * the change that causes the message; the message is only a row until that transaction commits,
 * so a rolled-back change sends nothing. {@link OutboxDelivery} sends it afterwards, with retries.
 *
 * <p>Called outside a transaction, the methods refuse ({@code IllegalTransactionStateException}):
 * a message written on its own could go out for a change that never happened. Refused input
 * ({@code IllegalArgumentException}, thrown before anything is written) leaves the caller's
 * transaction usable: the caller decides whether its change goes on without the message.
 */
@Service
public class Outbox {

    private final OutboxRepository messages;
    private final Clock clock;

    Outbox(OutboxRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Queues a plain-text e-mail. Returns the message's id.
     *
     * @throws IllegalArgumentException for a malformed address, a blank or multi-line subject, a blank body
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = IllegalArgumentException.class)
    public long email(String to, String subject, String body) {
        String address = Recipients.emailAddress(to);
        String oneLineSubject = Recipients.oneLine(subject, "e-mail subject");
        String text = Recipients.notBlank(body, "e-mail body");
        return messages.add(OutboxMessage.Channel.EMAIL, address, oneLineSubject, text, clock.instant());
    }

    /**
     * Queues an SMS to a Moroccan number ("06 12 34 56 78") or an international one ("+33 6 ...");
     * it is stored and sent in E.164. Returns the message's id.
     *
     * @throws IllegalArgumentException for something that is not a phone number, or a blank text
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = IllegalArgumentException.class)
    public long sms(String phoneNumber, String text) {
        String number = Recipients.phoneNumber(phoneNumber);
        String body = Recipients.notBlank(text, "SMS text");
        return messages.add(OutboxMessage.Channel.SMS, number, null, body, clock.instant());
    }

    /** The messages given up after the maximum number of attempts, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.SUPERVISOR + "', '" + Roles.ADMINISTRATOR + "')")
    public List<OutboxMessage> failed(int offset, int limit) {
        return messages.failed(offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.SUPERVISOR + "', '" + Roles.ADMINISTRATOR + "')")
    public int countFailed() {
        return messages.countFailed();
    }
}
