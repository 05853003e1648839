package ma.cimr.teleservices.subscription;

import ma.cimr.teleservices.request.RequestSummary;
import org.jspecify.annotations.Nullable;

/**
 * A subscription as staff work it, with the service request filed when the signed form arrived
 * (its due date and traffic light), if it has arrived.
 */
public record SubscriptionCase(Subscription subscription, @Nullable RequestSummary request, boolean abandoned) {
}
