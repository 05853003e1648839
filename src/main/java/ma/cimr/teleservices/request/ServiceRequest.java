package ma.cimr.teleservices.request;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A stored service request, as services work with it. Never leaves the request feature as is. */
public record ServiceRequest(long id, String reference, String typeCode, @Nullable Long requesterAccountId,
                             String contactName, @Nullable String contactEmail, @Nullable String contactPhone,
                             @Nullable String accessSecretHash, Channel channel, String language, String subject,
                             String description, RequestStatus status, RequestLevel level, Team team,
                             @Nullable Long assigneeAccountId, @Nullable String assigneeName, Instant receivedAt,
                             LocalDate dueDate, @Nullable LocalDate pausedOn, @Nullable Instant answeredAt,
                             @Nullable Instant closedAt, @Nullable Integer rating, @Nullable String ratingComment) {
}
