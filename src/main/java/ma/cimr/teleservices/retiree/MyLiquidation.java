package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.liquidation.ClaimStatusForRetiree;
import ma.cimr.teleservices.liquidation.LiquidationDocument;
import ma.cimr.teleservices.liquidation.LiquidationDocuments;
import ma.cimr.teleservices.liquidation.PensionClaims;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The retiree's own liquidation, read from the liquidation feature (DD035, DD043): the documents
 * drawn the day the pension was liquidated, and the claim behind it with its steps. The retiree id
 * comes from the login, never from the page; the liquidation feature checks it again. A pension
 * liquidated before the portal has neither.
 */
@Service
public class MyLiquidation {

    private final LiquidationDocuments documents;
    private final PensionClaims claims;
    private final CurrentUser currentUser;

    MyLiquidation(LiquidationDocuments documents, PensionClaims claims, CurrentUser currentUser) {
        this.documents = documents;
        this.claims = claims;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public List<LiquidationDocument> documents() {
        return documents.list(currentUser.retireeId().value());
    }

    /** The document in Arabic for an Arabic reader, in French otherwise; another retiree's is "not found". */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public byte[] pdf(long documentId, Locale language) {
        return documents.pdf(documentId, language);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public Optional<ClaimStatusForRetiree> claim() {
        return claims.statusFor(currentUser.retireeId().value());
    }
}
