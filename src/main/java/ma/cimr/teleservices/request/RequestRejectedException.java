package ma.cimr.teleservices.request;

/**
 * A request the rules refuse (a missing contact, an escalation not yet open...). The message is a
 * translation key: the view shows it in the user's language, and nothing was changed.
 */
public class RequestRejectedException extends RuntimeException {

    private final String messageKey;

    public RequestRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
