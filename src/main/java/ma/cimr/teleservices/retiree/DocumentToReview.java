package ma.cimr.teleservices.retiree;

import java.time.Instant;

/** An uploaded document waiting for staff, with whose pension it is for. */
public record DocumentToReview(long id, String pensionFileNumber, String holderName, DocumentKind kind,
                               String fileName, String contentType, Instant uploadedAt) {
}
