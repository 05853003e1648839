package ma.cimr.teleservices.affiliate.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

public interface SubscriptionRepository {

    /** The affiliate matching all three, if they have no account yet. */
    Optional<Long> affiliateWithoutAccount(String matricule, String cin, LocalDate birthDate);

    void addPending(long affiliateId, String email, String tokenHash, Instant at, Instant expiresAt);

    /** An unconfirmed, unexpired subscription by its token's hash. */
    Optional<Pending> findPending(String tokenHash, Instant now);

    void confirm(long subscriptionId, Instant at);

    record Pending(long id, long affiliateId, String matricule, String displayName, String email) {
    }
}
