package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.retiree.repository.RetireeRepository;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The retiree's own pension: the retiree id always comes from the login. */
@Service
public class RetireeService {

    private final RetireeRepository retirees;
    private final CurrentUser currentUser;

    RetireeService(RetireeRepository retirees, CurrentUser currentUser) {
        this.retirees = retirees;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public RetireePension myPension() {
        long retireeId = currentUser.retireeId().value();
        return retirees.findPension(retireeId)
                .orElseThrow(() -> new IllegalStateException("account linked to a missing retiree " + retireeId));
    }

    /** Newest first, a page at a time. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public List<PensionPayment> myPayments(int offset, int limit) {
        return retirees.payments(currentUser.retireeId().value(), offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public int myPaymentCount() {
        return retirees.paymentCount(currentUser.retireeId().value());
    }
}
