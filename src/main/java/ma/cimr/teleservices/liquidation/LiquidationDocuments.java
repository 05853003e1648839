package ma.cimr.teleservices.liquidation;

import ma.cimr.teleservices.liquidation.repository.PensionClaimRepository;
import ma.cimr.teleservices.request.RequestNotFoundException;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;

/**
 * The liquidation documents of a pension, as drawn the day it was liquidated (DD035), for the
 * retiree's space to list and download: to the retiree themselves (another retiree's are "not
 * found"), or to staff. Arabic for an Arabic reader, French otherwise.
 */
@Service
public class LiquidationDocuments {

    private final PensionClaimRepository claims;
    private final CurrentUser currentUser;

    LiquidationDocuments(PensionClaimRepository claims, CurrentUser currentUser) {
        this.claims = claims;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.RETIREE + "', '" + Roles.AGENT + "', '" + Roles.SUPERVISOR + "')")
    public List<LiquidationDocument> list(long retireeId) {
        PensionClaims.requireOwnPension(currentUser.require(), retireeId);
        return claims.liquidationDocuments(retireeId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.RETIREE + "', '" + Roles.AGENT + "', '" + Roles.SUPERVISOR + "')")
    public byte[] pdf(long documentId, Locale locale) {
        PensionClaimRepository.StoredDocument stored = claims.liquidationDocument(documentId)
                .orElseThrow(RequestNotFoundException::new);
        try {
            PensionClaims.requireOwnPension(currentUser.require(), stored.retireeId());
        } catch (org.springframework.security.access.AccessDeniedException notTheirs) {
            throw new RequestNotFoundException();
        }
        return "ar".equals(locale.getLanguage()) ? stored.arabic() : stored.french();
    }
}
