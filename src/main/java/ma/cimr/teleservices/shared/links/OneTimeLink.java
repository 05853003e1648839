package ma.cimr.teleservices.shared.links;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A link that was good when it was read: issued for this purpose, not expired, never used nor
 * replaced. {@code accountId} is the account it acts on, if any; a process with a table of its
 * own finds its row by {@code id}.
 */
public record OneTimeLink(long id, LinkPurpose purpose, @Nullable Long accountId, Instant expiresAt) {

    /** The account of a link whose purpose always has one. */
    public long account() {
        if (accountId == null) {
            throw new IllegalStateException(purpose + " link " + id + " acts on no account");
        }
        return accountId;
    }
}
