package ma.cimr.teleservices.affiliate.repository;

import java.time.LocalDate;
import java.util.Optional;

/** Affiliates opening their space: who applied, at which address, under which one-time link. */
public interface EnrolmentRepository {

    /**
     * The affiliate matching all three, if they have no account yet, with the e-mail address their
     * employer declared to the fund (none when nobody declared one).
     */
    Optional<Candidate> affiliateWithoutAccount(String matricule, String cin, LocalDate birthDate);

    record Candidate(long affiliateId, @org.jspecify.annotations.Nullable String emailOnRecord) {
    }

    /** The affiliate and address a new enrolment link was sent for. */
    void add(long linkId, long affiliateId, String email);

    /** The enrolment of that link, with what opening the space needs of the affiliate. */
    Optional<Enrolment> findByLink(long linkId);

    record Enrolment(long affiliateId, String matricule, String displayName, String email) {
    }
}
