package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.retiree.repository.RevisionRepository;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
}
