package ma.cimr.teleservices.affiliate.repository;

import ma.cimr.teleservices.affiliate.GrantedPoints;
import ma.cimr.teleservices.affiliate.StatementLine;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public interface GrantedPointsRepository {

    /** One affiliate's granted points, oldest year first, then by nature and in the order credited. */
    List<GrantedPoints> findByAffiliate(long affiliateId);

    boolean buyBackCredited(String requestReference);

    long add(long affiliateId, int year, StatementLine.Nature nature, BigDecimal points, String reference,
             @Nullable BigDecimal amountPaid, String grantedBy, Instant grantedAt);
}
