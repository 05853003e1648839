package ma.cimr.teleservices.liquidation;

import ma.cimr.teleservices.affiliate.rules.PensionSimulator;

import java.math.BigDecimal;

/**
 * The pension a claim liquidates: the affiliate's own, as {@code PointsService.pensionAt} computes it
 * from their points with the fund's rules and parameters (DD011, one place computes a pension); or a
 * survivor's share of the deceased's pension, taken at 60 when they died younger (no early-retirement
 * reduction falls on a survivor).
 *
 * @param basis        the affiliate's pension, with every figure explained
 * @param sharePercent 100 for the affiliate's own pension, the survivor's share otherwise
 * @param monthly      what the claimant will be paid a month
 */
public record ClaimPension(PensionSimulator.Liquidation basis, BigDecimal sharePercent, BigDecimal monthly) {
}
