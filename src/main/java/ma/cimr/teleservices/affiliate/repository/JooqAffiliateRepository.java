package ma.cimr.teleservices.affiliate.repository;

import ma.cimr.teleservices.affiliate.AffiliateProfile;
import ma.cimr.teleservices.affiliate.AffiliationPeriod;
import ma.cimr.teleservices.affiliate.YearlyContributions;
import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.AFFILIATION;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.extract;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

@Repository
class JooqAffiliateRepository implements AffiliateRepository {

    private final DSLContext dsl;

    JooqAffiliateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<AffiliateProfile> findProfile(long affiliateId) {
        var periods = multiset(
                select(COMPANY.LEGAL_NAME, COMPANY.ADHERENT_NUMBER, CONTRIBUTION_CATEGORY.LABEL,
                        AFFILIATION.START_DATE, AFFILIATION.END_DATE)
                        .from(AFFILIATION)
                        .join(COMPANY).on(COMPANY.ID.eq(AFFILIATION.COMPANY_ID))
                        .join(CONTRIBUTION_CATEGORY).on(CONTRIBUTION_CATEGORY.ID.eq(AFFILIATION.CATEGORY_ID))
                        .where(AFFILIATION.AFFILIATE_ID.eq(AFFILIATE.ID))
                        .orderBy(AFFILIATION.START_DATE.desc()))
                .convertFrom(result -> result.map(row -> new AffiliationPeriod(row.value1(), row.value2(),
                        row.value3(), row.value4(), row.value5())));
        return dsl.select(AFFILIATE.MATRICULE, AFFILIATE.CIN, AFFILIATE.LAST_NAME, AFFILIATE.FIRST_NAME,
                        AFFILIATE.BIRTH_DATE, periods)
                .from(AFFILIATE)
                .where(AFFILIATE.ID.eq(affiliateId))
                .fetchOptional(row -> new AffiliateProfile(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5(), row.value6()));
    }

    @Override
    public List<YearlyContributions> yearlyContributions(long affiliateId) {
        var year = extract(CONTRIBUTION.DUE_PERIOD, org.jooq.DatePart.YEAR).cast(SQLDataType.INTEGER);
        return dsl.select(year, COMPANY.LEGAL_NAME, COMPANY.ADHERENT_NUMBER, count(), sum(CONTRIBUTION.DECLARED_SALARY),
                        sum(CONTRIBUTION.EMPLOYEE_AMOUNT), sum(CONTRIBUTION.EMPLOYER_AMOUNT))
                .from(CONTRIBUTION)
                .join(COMPANY).on(COMPANY.ID.eq(CONTRIBUTION.COMPANY_ID))
                .where(CONTRIBUTION.AFFILIATE_ID.eq(affiliateId))
                .groupBy(year, COMPANY.LEGAL_NAME, COMPANY.ADHERENT_NUMBER)
                .orderBy(year.desc(), COMPANY.LEGAL_NAME)
                .fetch(row -> new YearlyContributions(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5(), row.value6(), row.value7()));
    }
}
