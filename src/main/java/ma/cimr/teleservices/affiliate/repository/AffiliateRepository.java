package ma.cimr.teleservices.affiliate.repository;

import ma.cimr.teleservices.affiliate.AffiliateProfile;
import ma.cimr.teleservices.affiliate.YearlyContributions;

import java.util.List;
import java.util.Optional;

public interface AffiliateRepository {

    Optional<AffiliateProfile> findProfile(long affiliateId);

    List<YearlyContributions> yearlyContributions(long affiliateId);

    /** The affiliate a login belongs to, if it is an affiliate's. */
    Optional<Long> affiliateOfAccount(long accountId);
}
