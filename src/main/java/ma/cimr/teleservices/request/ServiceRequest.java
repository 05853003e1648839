package ma.cimr.teleservices.request;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored service request, as services work with it. Never leaves the request feature as is.
 *
 * @param dueDate                 the date the requester and the queues work to: moved by pauses,
 *                                delay notices, escalation and reopening
 * @param committedDueDate        the commitment's deadline as it was when the clock started, moved only
 *                                by a pause before the first answer: what the charter's figures measure (DD023)
 * @param acknowledgementDueDate  when the acknowledgement is due (a complaint scheme's own delay)
 */
public record ServiceRequest(long id, String reference, String typeCode, @Nullable Long requesterAccountId,
                             String contactName, @Nullable String contactEmail, @Nullable String contactPhone,
                             @Nullable String accessSecretHash, Channel channel, String language, String subject,
                             String description, RequestStatus status, RequestLevel level, Team team,
                             @Nullable Long assigneeAccountId, @Nullable String assigneeName, Instant receivedAt,
                             LocalDate dueDate, LocalDate committedDueDate, LocalDate acknowledgementDueDate,
                             Instant acknowledgedAt, @Nullable LocalDate pausedOn, @Nullable Instant answeredAt,
                             @Nullable Instant closedAt, @Nullable Integer rating, @Nullable String ratingComment) {
}
