package ma.cimr.teleservices.notification;

/**
 * Hands an SMS to the operator. Called only by the outbox delivery: features write to the
 * {@link Outbox}, never here.
 */
public interface SmsGateway {

    /** Sends the text to a number in E.164; throws (any exception) when the message was not accepted. */
    void send(String phoneNumber, String text);
}
