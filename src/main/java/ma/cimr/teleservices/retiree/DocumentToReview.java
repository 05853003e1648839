package ma.cimr.teleservices.retiree;

import java.time.Instant;

/**
 * An uploaded document waiting for staff, with whose pension it is for.
 *
 * @param retireeId whose file opening the document opens, for the reason asked first (DD041)
 */
public record DocumentToReview(long id, String pensionFileNumber, String holderName, DocumentKind kind,
                               String fileName, String contentType, Instant uploadedAt, long retireeId) {
}
