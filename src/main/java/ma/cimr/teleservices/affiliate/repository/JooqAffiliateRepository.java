package ma.cimr.teleservices.affiliate.repository;

import ma.cimr.teleservices.affiliate.AffiliateProfile;
import ma.cimr.teleservices.affiliate.AffiliationPeriod;
import ma.cimr.teleservices.affiliate.YearlyContributions;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.AFFILIATION;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

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
     * An affiliate's contributions summed per year and employer: the yearly sums V47's triggers keep
     * beside the monthly rows (a 31-year career is about 31 rows instead of 371 months, DD050), with
     * the few employers looked up by id (the lateral's limit keeps the planner from a hash join that
     * would read every company). Plain SQL rather than jOOQ's builder: this runs on every statement
     * and every simulation, and building and rendering the same query each time was a tenth of the
     * statement's time in the benchmark's profile; read as {@link AffiliateRows} says.
     */
    static final String YEARLY_CONTRIBUTIONS = """
            select per_year.year, employer.legal_name, employer.adherent_number, per_year.months,
                   per_year.declared_salary, per_year.employee_amount, per_year.employer_amount
            from contribution_year per_year
            cross join lateral (select legal_name, adherent_number from company
                                where company.id = per_year.company_id limit 1) employer
            where per_year.affiliate_id = ?
            order by per_year.year desc, employer.legal_name""";

    @Override
    public List<YearlyContributions> yearlyContributions(long affiliateId) {
        return AffiliateRows.read(dsl, YEARLY_CONTRIBUTIONS, affiliateId, row -> new YearlyContributions(row.getInt(1),
                row.getString(2), row.getString(3), row.getInt(4), row.getBigDecimal(5), row.getBigDecimal(6),
                row.getBigDecimal(7)));
    }
}
