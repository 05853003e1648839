package ma.cimr.teleservices.request;

import java.time.Instant;

/** What the timeline shows of an attachment; the content is fetched only when downloaded. */
public record AttachmentInfo(long id, String fileName, String contentType, int sizeBytes, Instant uploadedAt,
                             String uploadedBy) {
}
