package ma.cimr.teleservices.retiree;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A document a retiree uploaded, and what staff made of it. */
public record SupportingDocument(long id, DocumentKind kind, String fileName, Instant uploadedAt, Status status,
                                 @Nullable LocalDate validUntil, @Nullable String rejectionReason) {

    public enum Status { PENDING, ACCEPTED, REJECTED }
}
