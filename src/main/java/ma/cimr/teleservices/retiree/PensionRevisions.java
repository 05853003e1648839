package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.retiree.repository.RevisionRepository;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * The follow-up of a retiree's revision requests (DIALCOM "suivi du statut de votre demande de
 * révision"): motive, amount, status and settlement date. Staff record and settle revisions; the
 * space shows them.
 */
@Service
public class PensionRevisions {

    private final RevisionRepository revisions;
    private final CurrentUser currentUser;

    PensionRevisions(RevisionRepository revisions, CurrentUser currentUser) {
        this.revisions = revisions;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public List<PensionRevision> mine() {
        return revisions.ofRetiree(currentUser.retireeId().value());
    }

    /**
     * The revisions resting on a company's payment the bank confirmed in the period, for the charter's
     * n°3 (DD043): ids, amounts and dates only. No role, like the charter's other figures: the
     * transparency page shows them to anyone.
     */
    @Transactional(readOnly = true)
    public List<RevisionOnPayment> onPaymentsConfirmed(LocalDate from, LocalDate to) {
        return revisions.onPaymentsConfirmed(from, to);
    }
}
