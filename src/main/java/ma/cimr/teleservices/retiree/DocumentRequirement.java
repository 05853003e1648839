package ma.cimr.teleservices.retiree;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One document a pension needs, as the retiree sees it: until when the fund has it, whether it is
 * about to run out or has, and whether a new one waits for review.
 */
public record DocumentRequirement(DocumentKind kind, LocalDate validUntil, State state,
                                  SupportingDocument.@Nullable Status lastUploadStatus) {

    public enum State { VALID, EXPIRING, EXPIRED }

    static State stateOf(LocalDate validUntil, LocalDate today) {
        if (!today.isBefore(validUntil)) {
            return State.EXPIRED;
        }
        return RequiredDocuments.remindedFrom(validUntil, today) ? State.EXPIRING : State.VALID;
    }
}
