package ma.cimr.teleservices.request;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a request stands. Received requests are acknowledged at once, so none stays "received";
 * the answer closes the request (a complaint may then be escalated).
 */
public enum RequestStatus {
    ACKNOWLEDGED, ASSIGNED, WAITING_FOR_REQUESTER, CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** The statuses of a request still to work, for the queues. */
    public static Set<RequestStatus> open() {
        return Arrays.stream(values()).filter(RequestStatus::isOpen)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RequestStatus.class)));
    }
}
