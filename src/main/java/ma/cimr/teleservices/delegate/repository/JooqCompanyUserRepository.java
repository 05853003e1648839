package ma.cimr.teleservices.delegate.repository;

import ma.cimr.teleservices.delegate.CompanyUserAccount;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Teleservice;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.ACCOUNT_ROLE;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

@Repository
class JooqCompanyUserRepository implements CompanyUserRepository {

    private final DSLContext dsl;

    JooqCompanyUserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Long> accountOfCompany(long companyId, String login) {
        return dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.COMPANY_ID.eq(companyId), USER_ACCOUNT.LOGIN.eq(login))
                .fetchOptional(USER_ACCOUNT.ID);
    }

    @Override
    public List<CompanyUserAccount> findByCompany(long companyId) {
        var roles = multiset(select(ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE)
                .where(ACCOUNT_ROLE.ACCOUNT_ID.eq(USER_ACCOUNT.ID)))
                .convertFrom(result -> Role.parse(result.getValues(ACCOUNT_ROLE.ROLE)));
        return dsl.select(USER_ACCOUNT.LOGIN, USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.EMAIL,
                        USER_ACCOUNT.TELESERVICE, roles, USER_ACCOUNT.STATUS, USER_ACCOUNT.LAST_LOGIN_AT,
                        USER_ACCOUNT.LOCKED_UNTIL)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.COMPANY_ID.eq(companyId))
                .orderBy(USER_ACCOUNT.TELESERVICE.nullsFirst(), USER_ACCOUNT.LOGIN)
                .fetch(row -> new CompanyUserAccount(row.value1(), row.value2(), row.value3(),
                        row.value4() == null ? null : Teleservice.valueOf(row.value4()), row.value5(),
                        row.value6(),
                        row.value7() == null ? null : row.value7().toInstant(),
                        row.value8() == null ? null : row.value8().toInstant()));
    }
}
