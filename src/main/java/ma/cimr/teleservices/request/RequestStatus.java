package ma.cimr.teleservices.request;

/**
 * Where a request stands. Received requests are acknowledged at once, so none stays "received";
 * the answer closes the request (a complaint may then be escalated).
 */
public enum RequestStatus {
    ACKNOWLEDGED, ASSIGNED, WAITING_FOR_REQUESTER, CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
