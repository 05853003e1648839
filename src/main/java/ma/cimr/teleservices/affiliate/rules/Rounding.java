package ma.cimr.teleservices.affiliate.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The scheme's rounding in one place: amounts to the centime, points to the hundredth, half-up,
 * applied once at the end of each computation an explanation names. Intermediate values keep 34
 * significant digits (IEEE 754 decimal128), far below a hundredth.
 */
final class Rounding {

    static final MathContext EXACT = MathContext.DECIMAL128;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rounding() {
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal points(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** a ÷ b, rounded once to the hundredth (BigDecimal rounds the exact quotient). */
    static BigDecimal divideToHundredths(BigDecimal a, BigDecimal b) {
        return a.divide(b, 2, RoundingMode.HALF_UP);
    }

    /** 1 + percent / 100: the factor a percentage increase multiplies by. */
    static BigDecimal onePlus(BigDecimal percent) {
        return BigDecimal.ONE.add(percent.divide(HUNDRED, EXACT));
    }
}
