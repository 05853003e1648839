package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.affiliate.AffiliateService;
import ma.cimr.teleservices.affiliate.PointsService;
import ma.cimr.teleservices.retiree.repository.RetireeRepository;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The retiree's own pension: the retiree id always comes from the login. */
@Service
public class RetireeService {

    private final RetireeRepository retirees;
    private final CurrentUser currentUser;
    private final AffiliateService affiliates;
    private final PointsService points;

    RetireeService(RetireeRepository retirees, CurrentUser currentUser, AffiliateService affiliates,
                   PointsService points) {
        this.retirees = retirees;
        this.currentUser = currentUser;
        this.affiliates = affiliates;
        this.points = points;
    }

    /**
     * The career the signed-in retiree's own pension came from; empty for a survivor, whose pension
     * came from someone else's career (DD041).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public Optional<RetireeCareer> myCareer() {
        return retirees.ownCareerAffiliate(currentUser.retireeId().value())
                .map(affiliateId -> new RetireeCareer(affiliates.careerOfRetired(affiliateId),
                        points.statementOfRetired(affiliateId)));
    }

    /** Where the fund reaches the signed-in retiree: their address, mobile and language on record (DD036). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public RetireeContact myContact() {
        long retireeId = currentUser.retireeId().value();
        return retirees.contact(retireeId)
                .orElseThrow(() -> new IllegalStateException("account linked to a missing retiree " + retireeId));
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
