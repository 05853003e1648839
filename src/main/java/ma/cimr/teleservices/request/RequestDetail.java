package ma.cimr.teleservices.request;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * A request with its whole timeline. Requesters get it without internal notes; staff with them.
 *
 * @param conciliationOpensOn for a complaint at the fund's level, the day conciliation opens if
 *                            there is still no answer
 */
public record RequestDetail(RequestSummary summary, String description, Channel channel, String language,
                            String contactName, @Nullable String contactEmail, @Nullable String contactPhone,
                            List<AttachmentInfo> attachments, List<RequestEvent> timeline, @Nullable Integer rating, @Nullable String ratingComment,
                            @Nullable LocalDate conciliationOpensOn, boolean mayEscalate, boolean mayRate) {
}
