package ma.cimr.teleservices.liquidation;

/** A paper of a claim: received and not looked at yet, accepted by staff, or refused with a reason. */
public enum DocumentStatus {
    RECEIVED,
    ACCEPTED,
    REFUSED
}
