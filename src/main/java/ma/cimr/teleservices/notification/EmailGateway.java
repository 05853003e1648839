package ma.cimr.teleservices.notification;

/**
 * Hands an e-mail to the mail system. Called only by the outbox delivery: features write to the
 * {@link Outbox}, never here.
 */
public interface EmailGateway {

    /** Sends plain UTF-8 text; throws (any exception) when the message was not accepted. */
    void send(String to, String subject, String body);
}
