package ma.cimr.teleservices.shared.links.repository;

import ma.cimr.teleservices.shared.links.LinkPurpose;
import ma.cimr.teleservices.shared.links.OneTimeLink;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Optional;

/** The table of every one-time link: hashes only, never a token. */
public interface OneTimeLinkRepository {

    /** Returns the new link's id. */
    long add(LinkPurpose purpose, String tokenHash, @Nullable Long accountId, Instant at, Instant expiresAt);

    /** The account's links of that purpose neither used nor revoked are revoked at {@code at}. */
    void revokeUnused(LinkPurpose purpose, long accountId, Instant at);

    /** The link of that hash and purpose, neither used nor revoked, expiring after {@code now}. */
    Optional<OneTimeLink> findValid(LinkPurpose purpose, String tokenHash, Instant now);

    /**
     * In one statement, the link {@link #findValid} would find is marked used at {@code now} and
     * returned; its row stays locked to the end of the transaction.
     */
    Optional<OneTimeLink> use(LinkPurpose purpose, String tokenHash, Instant now);
}
