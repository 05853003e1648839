package ma.cimr.teleservices.affiliate.repository;

import ma.cimr.teleservices.affiliate.GrantedPoints;
import ma.cimr.teleservices.affiliate.StatementLine;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface GrantedPointsRepository {

    /** One affiliate's granted points, oldest year first, then by nature and in the order credited. */
    List<GrantedPoints> findByAffiliate(long affiliateId);

    boolean buyBackCredited(String requestReference);

    /** @param bankReference the payment a buy-back was credited against; null for free points */
    long add(long affiliateId, int year, StatementLine.Nature nature, BigDecimal points, String reference,
             @Nullable BigDecimal amountPaid, @Nullable String bankReference, String grantedBy, Instant grantedAt);

    /** A payment already credited: its bank reference is on a granted line. */
    boolean bankReferenceCredited(String bankReference);

    /** The amount the affiliate declared when asking for the buy-back (the simulator's cost). */
    void declareBuyBack(String requestReference, BigDecimal amount, Instant at);

    Optional<BigDecimal> declaredBuyBack(String requestReference);
}
