package ma.cimr.teleservices.subscription;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A subscription as the applicant and staff see it: everything the form said except the
 * password, and what happened to it since.
 */
public record Subscription(String reference, String adherentNumber, String legalName, SubscriptionStatus status,
                           String language, String rcNumber, String patenteNumber, @Nullable String website,
                           ContactPerson head, ContactPerson delegate, Instant appliedAt, Instant emailLinkExpiresAt,
                           @Nullable Instant emailConfirmedAt, @Nullable Instant formReceivedAt,
                           @Nullable String requestReference, @Nullable Instant decidedAt, @Nullable String decidedBy,
                           @Nullable String rejectionReason) {

    /** An e-mail never confirmed in time: it no longer holds the company's place. */
    public boolean abandoned(Instant now) {
        return status == SubscriptionStatus.AWAITING_EMAIL && !emailLinkExpiresAt.isAfter(now);
    }
}
