package ma.cimr.teleservices.account.recovery.repository;

import ma.cimr.teleservices.account.recovery.CompanyDelegate;
import ma.cimr.teleservices.account.recovery.DelegateLetter;
import ma.cimr.teleservices.account.recovery.DelegateLetterKind;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Signed letters about a company's user administrator, and the reset links they led to. */
public interface DelegateLetterRepository {

    /** The member company of that adherent number with its user administrator, if it has one. */
    Optional<CompanyDelegate> findCompany(String adherentNumber);

    long addLetter(long companyId, DelegateLetterKind kind, LocalDate receivedOn, @Nullable String newEmail,
                   String requestReference, String recordedBy, Instant at);

    /** The company's letters, newest first. */
    List<DelegateLetter> lettersOf(long companyId);

    /** A letter not processed yet, locked until the end of the transaction. */
    Optional<PendingLetter> lockPending(long letterId);

    record PendingLetter(long id, long companyId, String adherentNumber, DelegateLetterKind kind,
                         @Nullable String newEmail, String requestReference) {
    }

    void markProcessed(long letterId, String processedBy, Instant at);

    /** The one-time link a reset letter led to. */
    void recordResetLink(long letterId, long linkId);
}
