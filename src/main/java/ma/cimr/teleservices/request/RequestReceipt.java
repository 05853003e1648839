package ma.cimr.teleservices.request;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What the requester is told at once: the reference, the due date and, for an anonymous
 * requester, the secret that opens the request with its reference. The secret is shown once and
 * only its hash is kept.
 */
public record RequestReceipt(String reference, LocalDate dueDate, @Nullable String accessSecret) {
}
