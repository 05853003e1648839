package ma.cimr.teleservices.request;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request with its whole timeline. Requesters get it without internal notes; staff with them.
 *
 * @param conciliationOpensOn for a complaint at the fund's level, the day conciliation opens if
 *                            there is still no answer
 * @param committedDueDate    the commitment's deadline as set when the clock started: shown beside a due
 *                            date a delay notice, an escalation or a reopening moved, and the one the
 *                            charter's figures measure (DD023)
 * @param acknowledgementDueDate for a complaint whose scheme gives the acknowledgement a delay of its
 *                            own (10 days), the day it is due; null otherwise
 * @param acknowledgedAt      when the requester was sent the acknowledgement
 */
public record RequestDetail(RequestSummary summary, String description, Channel channel, String language,
                            String contactName, @Nullable String contactEmail, @Nullable String contactPhone,
                            List<AttachmentInfo> attachments, List<RequestEvent> timeline, @Nullable Integer rating, @Nullable String ratingComment,
                            @Nullable LocalDate conciliationOpensOn, boolean mayEscalate, boolean mayRate,
                            LocalDate committedDueDate, @Nullable LocalDate acknowledgementDueDate,
                            Instant acknowledgedAt) {

    /** Whether the due date was moved from the committed one other than by a pause: the facts then show both. */
    public boolean dueDateMoved() {
        return !committedDueDate.equals(summary.dueDate());
    }
}
