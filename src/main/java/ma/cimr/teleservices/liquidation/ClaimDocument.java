package ma.cimr.teleservices.liquidation;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One paper of a claim, without its content. */
public record ClaimDocument(long id, DocumentKind kind, String fileName, String contentType, int sizeBytes,
                            Instant uploadedAt, DocumentStatus status, @Nullable String refusalReason) {
}
