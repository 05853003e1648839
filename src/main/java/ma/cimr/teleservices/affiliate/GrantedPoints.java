package ma.cimr.teleservices.affiliate;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Points credited to an affiliate other than by contributions, for a year: bought back (with what
 * was paid) or free for a period of sickness, with what they rest on and who credited them when.
 *
 * @param reference  the buy-back request's reference, or the sick-leave file's number
 * @param amountPaid what a buy-back cost; null for free points
 */
public record GrantedPoints(long id, int year, StatementLine.Nature nature, BigDecimal points, String reference,
                            @Nullable BigDecimal amountPaid, String grantedBy, Instant grantedAt) {
}
