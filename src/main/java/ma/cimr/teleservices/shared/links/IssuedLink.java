package ma.cimr.teleservices.shared.links;

import java.time.Instant;

/**
 * A link just made: the only moment its token exists in clear, to be put in one e-mail and
 * forgotten. {@code id} is what a process's own row points at.
 */
public record IssuedLink(long id, String token, Instant expiresAt) {

    @Override
    public String toString() {
        // a log line or an exception message never carries the secret
        return "IssuedLink[" + id + ", expires " + expiresAt + "]";
    }
}
