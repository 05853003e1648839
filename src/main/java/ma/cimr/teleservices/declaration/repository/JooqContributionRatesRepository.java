package ma.cimr.teleservices.declaration.repository;

import ma.cimr.teleservices.declaration.ContributionRates;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_RATE_CHANGE;

@Repository
class JooqContributionRatesRepository implements ContributionRatesRepository {

    private final DSLContext dsl;

    JooqContributionRatesRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<ContributionRates> ratesFor(long companyId, long categoryId, LocalDate duePeriodFirstDay) {
        if (!dsl.fetchExists(CONTRIBUTION_CATEGORY, CONTRIBUTION_CATEGORY.ID.eq(categoryId)
                .and(CONTRIBUTION_CATEGORY.COMPANY_ID.eq(companyId)))) {
            return Optional.empty();
        }
        // a change applies from its month on; earlier periods keep the rates agreed at membership
        Record2<BigDecimal, BigDecimal> changed = dsl
                .select(CONTRIBUTION_RATE_CHANGE.EMPLOYEE_RATE, CONTRIBUTION_RATE_CHANGE.EMPLOYER_RATE)
                .from(CONTRIBUTION_RATE_CHANGE)
                .where(CONTRIBUTION_RATE_CHANGE.CATEGORY_ID.eq(categoryId)
                        .and(CONTRIBUTION_RATE_CHANGE.APPLIES_FROM.le(duePeriodFirstDay)))
                .orderBy(CONTRIBUTION_RATE_CHANGE.APPLIES_FROM.desc())
                .limit(1)
                .fetchOne();
        Record2<BigDecimal, BigDecimal> rates = changed != null ? changed : dsl
                .select(CONTRIBUTION_CATEGORY.EMPLOYEE_RATE, CONTRIBUTION_CATEGORY.EMPLOYER_RATE)
                .from(CONTRIBUTION_CATEGORY)
                .where(CONTRIBUTION_CATEGORY.ID.eq(categoryId))
                .fetchOne();
        return Optional.of(new ContributionRates(rates.value1(), rates.value2()));
    }
}
