package ma.cimr.teleservices.subscription;

/**
 * What opens a subscription's status page: its reference and a long random key. The key is given
 * once, in the link e-mailed to the confirmed address; only its SHA-256 is kept.
 */
public record StatusAccess(String reference, String key) {

    @Override
    public String toString() {
        return "StatusAccess[" + reference + "]";
    }
}
