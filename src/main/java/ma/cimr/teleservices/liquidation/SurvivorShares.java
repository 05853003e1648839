package ma.cimr.teleservices.liquidation;

import ma.cimr.teleservices.affiliate.rules.PensionParameters;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ScalarParameter;

import java.math.BigDecimal;

/**
 * A survivor's share of the deceased affiliate's pension, in percent: the pension parameters the
 * administrator sets with four eyes (DD043; illustrative 50 for the spouse and 25 for each orphan
 * until the fund sets its own), in force in the year of the death. The affiliate's own pension is whole.
 */
final class SurvivorShares {

    static final BigDecimal OWN = BigDecimal.valueOf(100);

    private SurvivorShares() {
    }

    static BigDecimal of(ClaimKind kind, PensionParameters parameters, int year) {
        return switch (kind) {
            case SURVIVOR_SPOUSE -> parameters.scalar(ScalarParameter.SURVIVOR_SPOUSE_SHARE, year);
            case SURVIVOR_ORPHAN -> parameters.scalar(ScalarParameter.SURVIVOR_ORPHAN_SHARE, year);
            case NORMAL, EARLY, LATE, MOUSABBAK -> OWN;
        };
    }
}
