package ma.cimr.teleservices.membership;

import java.time.Instant;

/** A paper joined to an application, without its content: what the case page lists. */
public record DocumentInfo(long id, DocumentKind kind, String fileName, String contentType, int sizeBytes,
                           Instant uploadedAt) {
}
