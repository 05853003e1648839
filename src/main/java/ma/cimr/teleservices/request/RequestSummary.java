package ma.cimr.teleservices.request;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A request as lists show it. */
public record RequestSummary(String reference, RequestType type, String subject, RequestStatus status,
                             RequestLevel level, Team team, Instant receivedAt, LocalDate dueDate,
                             @Nullable String assignee, TrafficLight trafficLight) {
}
