package ma.cimr.teleservices.retiree.repository;

import ma.cimr.teleservices.retiree.DocumentKind;
import ma.cimr.teleservices.retiree.DocumentToReview;
import ma.cimr.teleservices.retiree.RetireePension;
import ma.cimr.teleservices.retiree.SupportingDocument;
import ma.cimr.teleservices.retiree.SuspensionReason;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Supporting documents uploaded and reviewed, and the reminders and notices sent about them. */
public interface DocumentRepository {

    long add(long retireeId, DocumentKind kind, String fileName, String contentType, byte[] content, Instant uploadedAt);

    /** A retiree's documents, newest first. */
    List<SupportingDocument> ofRetiree(long retireeId);

    List<DocumentToReview> pending(int offset, int limit);

    int pendingCount();

    /** The retiree a document belongs to, and the document as staff see it. */
    Optional<Owned> find(long documentId);

    record Owned(long retireeId, DocumentToReview document, SupportingDocument.Status status) {
    }

    Optional<byte[]> content(long documentId);

    /** Records the review of a document still pending; whether it was. */
    boolean decide(long documentId, SupportingDocument.Status status, @Nullable LocalDate validUntil, String reviewer,
                   Instant at, @Nullable String rejectionReason);

    /**
     * The pensions with a document that may run out by {@code horizon}: for each, what deciding
     * needs (the rule is the caller's), the last accepted validity per kind and the kinds waiting
     * for review.
     */
    List<Watched> watched(LocalDate horizon);

    record Watched(long retireeId, RetireePension.Kind kind, @Nullable String survivorRelation, LocalDate birthDate,
                   LocalDate pensionStart, @Nullable SuspensionReason suspensionReason,
                   Map<DocumentKind, LocalDate> acceptedUntil, Set<DocumentKind> pendingReview) {
    }

    /** Records that this was sent, unless it already was; whether it is new. */
    boolean noteSent(long retireeId, DocumentKind kind, LocalDate expiresOn, Stage stage, Instant at);

    Optional<Instant> sentAt(long retireeId, DocumentKind kind, LocalDate expiresOn, Stage stage);

    enum Stage { REMINDER, NOTICE }
}
