package ma.cimr.teleservices.declaration;

import org.jspecify.annotations.Nullable;

/** A cancellation staff still have to decide, as its page shows it: the request, the object, the company's words. */
public record PendingCancellation(String reference, CancellationObject object, @Nullable String details) {
}
