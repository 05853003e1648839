package ma.cimr.teleservices.affiliate.repository;

import ma.cimr.teleservices.shared.value.AdherentNumber;
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
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
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
                .convertFrom(result -> result.map(row -> new AffiliationPeriod(row.value1(), row.value2().value(),
                        row.value3(), row.value4(), row.value5())));
        return dsl.select(AFFILIATE.MATRICULE, AFFILIATE.CIN, AFFILIATE.LAST_NAME, AFFILIATE.FIRST_NAME,
                        AFFILIATE.BIRTH_DATE, periods)
                .from(AFFILIATE)
                .where(AFFILIATE.ID.eq(affiliateId))
                .fetchOptional(row -> new AffiliateProfile(row.value1().value(), row.value2().value(), row.value3(), row.value4(),
                        row.value5(), row.value6()));
    }

    @Override
    public Optional<Long> affiliateOfAccount(long accountId) {
        return dsl.select(USER_ACCOUNT.AFFILIATE_ID).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.eq(accountId), USER_ACCOUNT.AFFILIATE_ID.isNotNull())
                .fetchOptional(USER_ACCOUNT.AFFILIATE_ID);
    }

    /**
     * Sums per year and employer first, from the affiliate's rows only (the primary key's prefix),
     * then looks up the few employers by id: the company table is never read whole.
     */
    @Override
    public List<YearlyContributions> yearlyContributions(long affiliateId) {
        return dsl.fetch(yearlyContributionsQuery(dsl, affiliateId)).map(row -> new YearlyContributions(
                row.value1(), row.value2(), row.value3().value(), row.value4(), row.value5(), row.value6(), row.value7()));
    }

    static org.jooq.Select<org.jooq.Record7<Integer, String, AdherentNumber, Integer, java.math.BigDecimal,
            java.math.BigDecimal, java.math.BigDecimal>> yearlyContributionsQuery(DSLContext dsl, long affiliateId) {
        var yearOf = extract(CONTRIBUTION.DUE_PERIOD, org.jooq.DatePart.YEAR).cast(SQLDataType.INTEGER);
        var year = yearOf.as("year");
        var months = count().as("months");
        var salary = sum(CONTRIBUTION.DECLARED_SALARY).as("declared_salary");
        var employee = sum(CONTRIBUTION.EMPLOYEE_AMOUNT).as("employee_amount");
        var employer = sum(CONTRIBUTION.EMPLOYER_AMOUNT).as("employer_amount");
        var perYear = select(year, CONTRIBUTION.COMPANY_ID, months, salary, employee, employer)
                .from(CONTRIBUTION)
                .where(CONTRIBUTION.AFFILIATE_ID.eq(affiliateId))
                .groupBy(yearOf, CONTRIBUTION.COMPANY_ID)
                .asTable("per_year");
        var y = perYear.field(year);
        // one primary-key lookup per line (the limit keeps the planner from turning it into a hash
        // join that reads every company)
        var company = org.jooq.impl.DSL.lateral(org.jooq.impl.DSL.select(COMPANY.LEGAL_NAME, COMPANY.ADHERENT_NUMBER)
                .from(COMPANY)
                .where(COMPANY.ID.eq(perYear.field(CONTRIBUTION.COMPANY_ID)))
                .limit(1)
                .asTable("employer"));
        return dsl.select(y, company.field(COMPANY.LEGAL_NAME), company.field(COMPANY.ADHERENT_NUMBER), perYear.field(months), perYear.field(salary),
                        perYear.field(employee), perYear.field(employer))
                .from(perYear)
                .crossJoin(company)
                .orderBy(y.desc(), company.field(COMPANY.LEGAL_NAME));
    }
}
