package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.affiliate.repository.AffiliateRepository;
import ma.cimr.teleservices.affiliate.repository.GrantedPointsRepository;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The affiliate's own career: no method takes an affiliate id, it comes from the login. */
@Service
public class AffiliateService {

    private final AffiliateRepository affiliates;
    private final GrantedPointsRepository grantedPoints;
    private final CurrentUser currentUser;

    AffiliateService(AffiliateRepository affiliates, GrantedPointsRepository grantedPoints, CurrentUser currentUser) {
        this.affiliates = affiliates;
        this.grantedPoints = grantedPoints;
        this.currentUser = currentUser;
    }

    /** The points bought back and credited, with what each cost: the affiliate's payments to the fund (DD041). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.AFFILIATE + "')")
    public List<GrantedPoints> myBuyBackCredits() {
        return grantedPoints.findByAffiliate(currentUser.affiliateId().value()).stream()
                .filter(granted -> granted.nature() == StatementLine.Nature.BUY_BACK)
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.AFFILIATE + "')")
    public AffiliateProfile myProfile() {
        long affiliateId = currentUser.affiliateId().value();
        return affiliates.findProfile(affiliateId)
                .orElseThrow(() -> new IllegalStateException("account linked to a missing affiliate " + affiliateId));
    }

    /**
     * The career a retiree's own pension was liquidated from, for their « Mes données » (DD041). The
     * id is not the caller's choice: {@code RetireeService.myCareer} reads it from the signed-in
     * retiree's own pension file, the only caller.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public AffiliateProfile careerOfRetired(long affiliateId) {
        return affiliates.findProfile(affiliateId)
                .orElseThrow(() -> new IllegalStateException("pension file linked to a missing affiliate " + affiliateId));
    }

    /** Per year and employer, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.AFFILIATE + "')")
    public List<YearlyContributions> myContributions() {
        return affiliates.yearlyContributions(currentUser.affiliateId().value());
    }
}
