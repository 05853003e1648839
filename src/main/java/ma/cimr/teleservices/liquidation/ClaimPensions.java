package ma.cimr.teleservices.liquidation;

import ma.cimr.teleservices.affiliate.PensionParameterService;
import ma.cimr.teleservices.affiliate.PointsService;
import ma.cimr.teleservices.affiliate.rules.PensionSimulator;
import ma.cimr.teleservices.shared.Refusal;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Computes a claim's {@link ClaimPension}: the same figure when staff propose it and when it is approved. */
@Component
class ClaimPensions {

    private static final int NORMAL_AGE = PensionSimulator.NORMAL_AGE;

    private final PointsService points;
    private final PensionParameterService parameters;

    ClaimPensions(PointsService points, PensionParameterService parameters) {
        this.points = points;
        this.parameters = parameters;
    }

    ClaimPension of(PensionClaim claim) {
        LocalDate basisDate = claim.effectiveDate();
        if (claim.kind().survivor()) {
            LocalDate normalAge = claim.affiliate().birthDate().plusYears(NORMAL_AGE);
            basisDate = basisDate.isBefore(normalAge) ? normalAge : basisDate;
        }
        PensionSimulator.Liquidation basis = points.pensionAt(claim.affiliate().id(), basisDate,
                claim.kind() == ClaimKind.MOUSABBAK);
        BigDecimal share = SurvivorShares.of(claim.kind(), parameters.parameters(), claim.effectiveDate().getYear());
        BigDecimal monthly = basis.pension().monthly().value().multiply(share)
                .divide(SurvivorShares.OWN, 2, RoundingMode.HALF_UP);
        if (monthly.signum() <= 0) {
            throw new Refusal("liquidation.error.noPoints");
        }
        return new ClaimPension(basis, share, monthly);
    }
}
