package ma.cimr.teleservices.company.repository;

import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.shared.value.EmailAddress;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import ma.cimr.teleservices.company.CompanyProfile;
import ma.cimr.teleservices.company.ContributionCategory;
import ma.cimr.teleservices.company.MonthlyDeclaration;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.AFFILIATION;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.sum;

@Repository
class JooqCompanyRepository implements CompanyRepository {

    private final DSLContext dsl;

    JooqCompanyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<CompanyProfile> findProfile(long companyId) {
        var categories = multiset(
                select(CONTRIBUTION_CATEGORY.CODE, CONTRIBUTION_CATEGORY.LABEL, CONTRIBUTION_CATEGORY.EMPLOYEE_RATE,
                        CONTRIBUTION_CATEGORY.EMPLOYER_RATE, CONTRIBUTION_CATEGORY.ACTIVE)
                        .from(CONTRIBUTION_CATEGORY)
                        .where(CONTRIBUTION_CATEGORY.COMPANY_ID.eq(COMPANY.ID))
                        .orderBy(CONTRIBUTION_CATEGORY.CODE))
                .convertFrom(result -> result.map(row -> new ContributionCategory(row.value1(), row.value2(),
                        row.value3(), row.value4(), row.value5())));
        Field<Integer> activeAffiliates = field(selectCount().from(AFFILIATION)
                .where(AFFILIATION.COMPANY_ID.eq(COMPANY.ID), AFFILIATION.END_DATE.isNull()));
        return dsl.select(COMPANY.ADHERENT_NUMBER, COMPANY.LEGAL_NAME, COMPANY.RC_NUMBER, COMPANY.PATENTE_NUMBER,
                        COMPANY.ICE, COMPANY.ADDRESS_LINE, COMPANY.CITY, COMPANY.STATUS,
                        COMPANY.PAYMENT_CONFIRMATIONS, categories, activeAffiliates)
                .from(COMPANY)
                .where(COMPANY.ID.eq(companyId))
                .fetchOptional(row -> new CompanyProfile(row.value1().value(), row.value2(), row.value3(), row.value4(),
                        row.value5(), row.value6(), row.value7(), row.value8(), row.value9().intValue(), row.value10(),
                        row.value11()));
    }

    @Override
    public List<String> delegateEmails(String adherentNumber) {
        if (!AdherentNumber.isOne(adherentNumber)) {
            return List.of(); // no company has such a number
        }
        return dsl.select(USER_ACCOUNT.EMAIL).from(USER_ACCOUNT)
                .join(COMPANY).on(COMPANY.ID.eq(USER_ACCOUNT.COMPANY_ID))
                .where(COMPANY.ADHERENT_NUMBER.eq(AdherentNumber.parse(adherentNumber)),
                        USER_ACCOUNT.KIND.eq(AccountKind.DELEGATE), USER_ACCOUNT.STATUS.eq(AccountStatus.ACTIVE),
                        USER_ACCOUNT.EMAIL.isNotNull())
                .fetch(USER_ACCOUNT.EMAIL).stream().map(EmailAddress::value).toList();
    }

    @Override
    public List<MonthlyDeclaration> recentDeclarations(long companyId, int months) {
        return dsl.select(CONTRIBUTION.DUE_PERIOD, countDistinct(CONTRIBUTION.AFFILIATE_ID),
                        sum(CONTRIBUTION.DECLARED_SALARY),
                        sum(CONTRIBUTION.EMPLOYEE_AMOUNT.plus(CONTRIBUTION.EMPLOYER_AMOUNT)))
                .from(CONTRIBUTION)
                .where(CONTRIBUTION.COMPANY_ID.eq(companyId))
                .groupBy(CONTRIBUTION.DUE_PERIOD)
                .orderBy(CONTRIBUTION.DUE_PERIOD.desc())
                .limit(months)
                .fetch(row -> new MonthlyDeclaration(YearMonth.from(row.value1()), row.value2(), row.value3(),
                        row.value4()));
    }
}
