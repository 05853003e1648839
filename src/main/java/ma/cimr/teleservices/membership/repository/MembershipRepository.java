package ma.cimr.teleservices.membership.repository;

import ma.cimr.teleservices.membership.DocumentInfo;
import ma.cimr.teleservices.membership.MembershipApplication;
import ma.cimr.teleservices.membership.MembershipDocument;
import ma.cimr.teleservices.membership.MembershipForm;
import ma.cimr.teleservices.membership.MembershipStatus;
import ma.cimr.teleservices.membership.RateStep;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Membership applications, their staff categories and their papers. Writes need the caller's transaction. */
public interface MembershipRepository {

    /** An application with the id its papers and transitions use. */
    record Stored(long id, MembershipApplication application) {
    }

    String nextReference(int year);

    /** The adherent number of a member company with that ICE or that RC number, if any. */
    Optional<String> memberWith(String ice, String rcNumber);

    /** Whether an application with that ICE or RC number is open (neither refused nor, for accepted, a member yet). */
    boolean openApplicationWith(String ice, String rcNumber);

    long add(String reference, String language, MembershipForm form, RateStep step, long emailLinkId, Instant at);

    void addDocument(long applicationId, MembershipDocument document, Instant at);

    Optional<Stored> lockAwaitingEmail(long emailLinkId);

    Optional<Stored> findByReference(String reference, boolean lock);

    Optional<MembershipApplication> findByReferenceAndKey(String reference, String keyHash);

    void markSubmitted(long id, String keyHash, String requestReference, Instant at);

    void markWaitingForDocuments(long id, String missing);

    void markResubmitted(long id);

    void markAccepted(long id, long companyId, String staff, Instant at);

    void markRefused(long id, String staff, String reason, Instant at);

    /** Oldest submitted first (the charter's queue); every status but awaiting e-mail when null. */
    List<MembershipApplication> list(@Nullable MembershipStatus status, int offset, int limit);

    int count(@Nullable MembershipStatus status);

    List<DocumentInfo> documents(long applicationId);

    Optional<MembershipDocument> document(long applicationId, long documentId);
}
