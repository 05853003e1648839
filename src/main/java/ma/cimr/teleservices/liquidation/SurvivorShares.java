package ma.cimr.teleservices.liquidation;

import java.math.BigDecimal;

/**
 * A survivor's share of the deceased affiliate's pension. Illustrative figures, like the unpublished
 * parameters of V5, and not yet in the administrator's parameter screen (DD035 says so): the spouse
 * half, each orphan a quarter.
 */
final class SurvivorShares {

    static final BigDecimal OWN = BigDecimal.valueOf(100);
    static final BigDecimal SPOUSE = BigDecimal.valueOf(50);
    static final BigDecimal ORPHAN = BigDecimal.valueOf(25);

    private SurvivorShares() {
    }

    static BigDecimal of(ClaimKind kind) {
        return switch (kind) {
            case SURVIVOR_SPOUSE -> SPOUSE;
            case SURVIVOR_ORPHAN -> ORPHAN;
            case NORMAL, EARLY, LATE, MOUSABBAK -> OWN;
        };
    }
}
