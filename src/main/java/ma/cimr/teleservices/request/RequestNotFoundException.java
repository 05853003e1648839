package ma.cimr.teleservices.request;

/**
 * No such request for this person. Said the same way whether the reference does not exist or
 * belongs to someone else, so references cannot be probed.
 */
public class RequestNotFoundException extends RuntimeException {

    public RequestNotFoundException() {
        super("request not found");
    }
}
