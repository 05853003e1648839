package ma.cimr.teleservices.declaration.repository;

import ma.cimr.teleservices.declaration.ContributionRates;

import java.time.LocalDate;
import java.util.Optional;

/** Where a category's rates for a due period are read: the latest rate change in force, else the category's own. */
public interface ContributionRatesRepository {

    /** Empty when the category is not the company's. */
    Optional<ContributionRates> ratesFor(long companyId, long categoryId, LocalDate duePeriodFirstDay);
}
