package ma.cimr.teleservices.subscription;

/**
 * Where a subscription stands. It counts for the fund only once the delegate's e-mail is
 * confirmed (SUBMITTED); the charter's clock starts when the signed form arrives (FORM_RECEIVED).
 */
public enum SubscriptionStatus {
    AWAITING_EMAIL, SUBMITTED, FORM_RECEIVED, VALIDATED, REJECTED;

    public boolean isDecided() {
        return this == VALIDATED || this == REJECTED;
    }
}
