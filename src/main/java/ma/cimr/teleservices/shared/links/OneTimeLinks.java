package ma.cimr.teleservices.shared.links;

import ma.cimr.teleservices.shared.links.repository.OneTimeLinkRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Every link the portal e-mails to prove an address or let a person choose a password is the same
 * thing (DD017): a purpose, a secret sent once and stored as its SHA-256, what it acts on, an
 * expiry, a single use. The feature that sends one decides its lifetime, its page and what opening
 * it does; this class decides that it works once, for its purpose only, until it expires.
 *
 * <p>Issuing and opening run in the caller's transaction: the link and what the process writes
 * with it commit or roll back together, so a refused action leaves the link usable.
 */
@Service
public class OneTimeLinks {

    private final OneTimeLinkRepository links;
    private final Clock clock;

    OneTimeLinks(OneTimeLinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /**
     * A new link, valid for {@code validity}; its token is returned here and never again.
     * {@code accountId} is the account it acts on, required exactly for the purposes that act on one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedLink issue(LinkPurpose purpose, @Nullable Long accountId, Duration validity) {
        if (purpose.actsOnAnAccount() != (accountId != null)) {
            throw new IllegalArgumentException(purpose + " link with account " + accountId);
        }
        String token = Tokens.newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(validity);
        long id = links.add(purpose, Tokens.hash(token), accountId, now, expiresAt);
        return new IssuedLink(id, token, expiresAt);
    }

    /** A new link for the account, and its earlier ones of that purpose not opened yet stop working. */
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedLink replace(LinkPurpose purpose, long accountId, Duration validity) {
        revoke(purpose, accountId);
        return issue(purpose, accountId, validity);
    }

    /** The account's links of that purpose not opened yet stop working (e.g. its access was suspended). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revoke(LinkPurpose purpose, long accountId) {
        links.revokeUnused(purpose, accountId, clock.instant());
    }

    /**
     * The link of that token if it is good now, without using it: for a page to decide whether to
     * show its form. Unknown, expired, used, replaced and other-purpose tokens alike find nothing.
     */
    @Transactional(readOnly = true)
    public Optional<OneTimeLink> find(LinkPurpose purpose, @Nullable String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return links.findValid(purpose, Tokens.hash(token), clock.instant());
    }

    /**
     * Opens the link to act on it: if it is good now it is marked used, in one statement that locks
     * its row, so of two clicks racing only one gets it (the other waits, then finds it used). The
     * caller acts in the same transaction; if it refuses and rolls back, the link stays usable.
     * Empty, alike, for every token that {@link #find} would not find.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<OneTimeLink> open(LinkPurpose purpose, @Nullable String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return links.use(purpose, Tokens.hash(token), clock.instant());
    }
}
