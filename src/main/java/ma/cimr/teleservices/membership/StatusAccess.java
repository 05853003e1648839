package ma.cimr.teleservices.membership;

/** What opens an application's status page: its reference and the key sent to the confirmed address. */
public record StatusAccess(String reference, String key) {
}
