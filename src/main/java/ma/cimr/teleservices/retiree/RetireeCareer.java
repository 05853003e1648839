package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.affiliate.AffiliateProfile;
import ma.cimr.teleservices.affiliate.PointsStatement;

/**
 * The career a retiree's own pension was liquidated from (employers, periods, points), as their
 * « Mes données » shows it (DD041). A survivor has none of their own: the career was the deceased's.
 */
public record RetireeCareer(AffiliateProfile profile, PointsStatement statement) {
}
