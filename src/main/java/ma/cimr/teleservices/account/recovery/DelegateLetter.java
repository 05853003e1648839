package ma.cimr.teleservices.account.recovery;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A signed letter the Agence Virtuelle received, and whether the link it asks for was sent. */
public record DelegateLetter(long id, DelegateLetterKind kind, LocalDate receivedOn, @Nullable String newEmail,
                             String requestReference, String recordedBy, Instant recordedAt,
                             @Nullable String processedBy, @Nullable Instant processedAt) {

    public boolean processed() {
        return processedAt != null;
    }
}
