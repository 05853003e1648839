package ma.cimr.teleservices.subscription;

import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.request.RequestSummary;
import org.jspecify.annotations.Nullable;

/**
 * A subscription as staff work it, with the service request filed when the signed form arrived
 * (its due date and traffic light), if it has arrived, and its validation's four eyes (DD025).
 *
 * @param formReceivedBy who recorded the signed form: not who validates it
 * @param proposal       the validation waiting for a second person, if any
 * @param mayValidate    the signed-in staff member may approve that validation
 */
public record SubscriptionCase(Subscription subscription, @Nullable RequestSummary request, boolean abandoned,
                               @Nullable String formReceivedBy, @Nullable Approval proposal, boolean mayValidate) {
}
