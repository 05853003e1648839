package ma.cimr.teleservices.liquidation;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.liquidation.repository.PensionClaimRepository;
import ma.cimr.teleservices.liquidation.repository.PensionClaimRepository.NewRetiree;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestNotFoundException;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The liquidation itself, run in the transaction of the second staff member who approved it
 * ({@link LiquidationApproval}, DD025): everything checked again, then at once the pension file
 * (a new N° DP from the database sequence; the pension starts on the first of the month after the
 * retirement date; payment mode and RIB from the claim), its two documents in French and Arabic, the
 * claim closed, its request answered, and the invitation to the retiree's space in the outbox. A
 * refusal anywhere leaves none of it.
 */
@Component
class Liquidation {

    private final PensionClaimRepository claims;
    private final ClaimPensions pensions;
    private final LiquidationPdf pdf;
    private final LiquidationNotices notices;
    private final RequestDesk requestDesk;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;

    Liquidation(PensionClaimRepository claims, ClaimPensions pensions, LiquidationPdf pdf, LiquidationNotices notices,
                RequestDesk requestDesk, AuditTrail auditTrail, CurrentUser currentUser, Clock clock) {
        this.claims = claims;
        this.pensions = pensions;
        this.pdf = pdf;
        this.notices = notices;
        this.requestDesk = requestDesk;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    String liquidate(String reference) {
        PensionClaim claim = claims.lock(reference).orElseThrow(RequestNotFoundException::new);
        if (!claim.status().open()) {
            throw new Refusal("liquidation.error.closed");
        }
        ClaimDesk.liquidable(claim);
        if (claims.alreadyPaid(claim.affiliate().id(), claim.claimant().cin(), claim.kind().survivor())) {
            throw new Refusal("liquidation.error.alreadyPaid");
        }
        ClaimPension pension = pensions.of(claim);
        String login = currentUser.require().login();
        Instant now = clock.instant();
        String fileNumber = claims.nextPensionFileNumber();
        long retireeId = claims.insertRetiree(new NewRetiree(fileNumber, claim.kind().survivor(), claim.affiliate().id(),
                claim.claimant(), claim.paymentMode(), claim.rib(), pension.monthly(), claim.pensionStart()));
        var liquidated = new LiquidationPdf.Liquidated(claim, fileNumber, pension, LocalDate.ofInstant(now, BusinessCalendar.ZONE));
        for (LiquidationDocument.Kind kind : LiquidationDocument.Kind.values()) {
            claims.addLiquidationDocument(retireeId, claim.id(), kind,
                    pdf.render(kind, liquidated, PortalI18NProvider.FRENCH),
                    pdf.render(kind, liquidated, PortalI18NProvider.ARABIC), now);
        }
        claims.markLiquidated(claim.id(), retireeId, login, now);
        claims.addEvent(claim.id(), now, ClaimEventKind.LIQUIDATED, login, fileNumber);
        requestDesk.answer(claim.reference(), notices.liquidationAnswer(claim, fileNumber, pension.monthly()));
        notices.invite(claim, fileNumber, pension.monthly());
        auditTrail.record(login, "PENSION_LIQUIDATED", "claim " + claim.reference(),
                fileNumber + ": " + pension.monthly().toPlainString() + " DH a month from " + claim.pensionStart(), null);
        return fileNumber;
    }
}
