package ma.cimr.teleservices.retiree.repository;

import org.jspecify.annotations.Nullable;

import java.util.Optional;

/** Retirees opening their space: who applied, at which address on record, under which one-time link. */
public interface RetireeEnrolmentRepository {

    /**
     * The retiree the identifier (N° DP or matricule) and secret (CIN or access code) designate
     * together, if they have no account yet, with the address on record (none when the fund has none).
     */
    Optional<Candidate> retireeWithoutAccount(String identifier, String secret);

    record Candidate(long retireeId, @Nullable String emailOnRecord) {
    }

    void add(long linkId, long retireeId, String email);

    Optional<Enrolment> findByLink(long linkId);

    record Enrolment(long retireeId, String pensionFileNumber, String displayName, String email) {
    }
}
