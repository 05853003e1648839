package ma.cimr.teleservices.subscription.repository;

import ma.cimr.teleservices.subscription.ContactPerson;
import ma.cimr.teleservices.subscription.Subscription;
import ma.cimr.teleservices.subscription.SubscriptionForm;
import ma.cimr.teleservices.subscription.SubscriptionStatus;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface CompanySubscriptionRepository {

    /**
     * The company of that adherent number and whether it may subscribe at {@code now}. With
     * {@code lock}, its row stays locked to the end of the transaction, so two applications for one
     * company are decided one after the other.
     */
    Optional<Standing> standing(String adherentNumber, Instant now, boolean lock);

    /**
     * @param hasDelegate the company already has its user administrator
     * @param inProgress  a confirmed subscription waits for a decision, or an unconfirmed one's link is still valid
     */
    record Standing(long companyId, String adherentNumber, String legalName, @Nullable String rcNumber,
                    @Nullable String patenteNumber, @Nullable String website, boolean hasDelegate, boolean inProgress) {
    }

    String nextReference(int year);

    /** A new subscription awaiting the confirmation of the delegate's e-mail through that one-time link. */
    void add(String reference, long companyId, String language, SubscriptionForm form, String passwordHash,
             long emailLinkId, Instant at);

    /** The subscription of that confirmation link if it still awaits it, its row locked. */
    Optional<Stored> lockAwaitingEmail(long emailLinkId);

    void confirmEmail(long id, String statusKeyHash, Instant at);

    /** By reference and status key together: a wrong key finds nothing, as an unknown reference does. */
    Optional<Subscription> findByReferenceAndKey(String reference, String statusKeyHash);

    /** For staff: by reference, its row locked when {@code lock}. */
    Optional<Stored> findByReference(String reference, boolean lock);

    /** Newest first; every status when {@code status} is null. */
    List<Subscription> list(@Nullable SubscriptionStatus status, int offset, int limit);

    int count(@Nullable SubscriptionStatus status);

    /** The signed form arrived, recorded by {@code by}: that person may not validate it (DD025). */
    void markFormReceived(long id, Instant at, String requestReference, String by);

    /** Validated: the password's hash is forgotten, it now lives in the account. */
    void markValidated(long id, Instant at, String by);

    /** Rejected: the password's hash is forgotten. */
    void markRejected(long id, Instant at, String by, String reason);

    /** What a validated subscription teaches the fund about the company: its numbers and its head. */
    void saveCompanyDetails(long companyId, String rcNumber, String patenteNumber, @Nullable String website,
                            ContactPerson head, Instant at);

    /** A stored subscription with what only the service may see. */
    record Stored(long id, long companyId, @Nullable String passwordHash, @Nullable String formReceivedBy,
                  Subscription subscription) {

        @Override
        public String toString() {
            return "Stored[" + subscription.reference() + "]";
        }
    }
}
