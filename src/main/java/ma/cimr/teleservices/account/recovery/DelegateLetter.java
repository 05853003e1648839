package ma.cimr.teleservices.account.recovery;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A signed letter the Agence Virtuelle received, and whether the link it asks for was sent or
 * waits for a second person's approval (DD025).
 *
 * @param proposedBy who proposed sending the link, while the proposal waits for a second person
 */
public record DelegateLetter(long id, DelegateLetterKind kind, LocalDate receivedOn, @Nullable String newEmail,
                             String requestReference, String recordedBy, Instant recordedAt,
                             @Nullable String processedBy, @Nullable Instant processedAt, @Nullable String proposedBy) {

    public boolean processed() {
        return processedAt != null;
    }

    public boolean awaitingApproval() {
        return proposedBy != null;
    }

    DelegateLetter proposedBy(@Nullable String proposer) {
        return new DelegateLetter(id, kind, receivedOn, newEmail, requestReference, recordedBy, recordedAt, processedBy,
                processedAt, proposer);
    }
}
