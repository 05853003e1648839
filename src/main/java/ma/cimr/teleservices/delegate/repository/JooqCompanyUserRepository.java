package ma.cimr.teleservices.delegate.repository;

import ma.cimr.teleservices.shared.value.EmailAddress;
import ma.cimr.teleservices.security.AccountKind;
import java.util.EnumSet;
import ma.cimr.teleservices.delegate.CompanyUserAccount;
import ma.cimr.teleservices.delegate.DeclarationMode;
import ma.cimr.teleservices.delegate.DeclarationSettings;
import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Teleservice;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static ma.cimr.teleservices.jooq.Tables.ACCOUNT_ROLE;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_USER;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_USER_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

@Repository
class JooqCompanyUserRepository implements CompanyUserRepository {

    private static final List<AccountStatus> USABLE = List.of(AccountStatus.ACTIVE, AccountStatus.PENDING);

    private static final Field<Set<Role>> ROLES = multiset(select(ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE)
            .where(ACCOUNT_ROLE.ACCOUNT_ID.eq(USER_ACCOUNT.ID)))
            .convertFrom(result -> {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                result.forEach(row -> roles.add(row.value1()));
                return roles;
            })
            .as("roles");

    private static final Field<List<String>> CATEGORIES = multiset(select(CONTRIBUTION_CATEGORY.CODE)
            .from(DECLARATION_USER_CATEGORY)
            .join(CONTRIBUTION_CATEGORY).on(CONTRIBUTION_CATEGORY.ID.eq(DECLARATION_USER_CATEGORY.CATEGORY_ID))
            .where(DECLARATION_USER_CATEGORY.ACCOUNT_ID.eq(USER_ACCOUNT.ID))
            .orderBy(CONTRIBUTION_CATEGORY.CODE))
            .convertFrom(result -> result.getValues(CONTRIBUTION_CATEGORY.CODE))
            .as("categories");

    private static final String DORMANT = "dormant";

    private final DSLContext dsl;

    JooqCompanyUserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<CompanyUserAccount> findByCompany(long companyId, Instant dormantBefore) {
        return accounts(dormantBefore)
                .where(USER_ACCOUNT.COMPANY_ID.eq(companyId))
                .orderBy(USER_ACCOUNT.TELESERVICE.nullsFirst(), USER_ACCOUNT.LOGIN)
                .fetch(this::toAccount);
    }

    @Override
    public Optional<CompanyUserAccount> find(long companyId, String login, Instant dormantBefore) {
        return accounts(dormantBefore)
                .where(USER_ACCOUNT.COMPANY_ID.eq(companyId), sameLogin(login))
                .fetchOptional(this::toAccount);
    }

    @Override
    public Optional<Long> accountOfCompany(long companyId, String login) {
        return dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.COMPANY_ID.eq(companyId), sameLogin(login))
                .fetchOptional(USER_ACCOUNT.ID);
    }

    @Override
    public List<CompanyUserAccount> samePerson(long companyId, long accountId, Instant dormantBefore) {
        var person = USER_ACCOUNT.as("person");
        var sameProvenAddress = DSL.exists(select(person.ID).from(person)
                .where(person.ID.eq(accountId), person.EMAIL_CONFIRMED_AT.isNotNull(),
                        USER_ACCOUNT.EMAIL_CONFIRMED_AT.isNotNull(), lower(person.EMAIL.coerce(String.class)).eq(lower(USER_ACCOUNT.EMAIL.coerce(String.class)))));
        return accounts(dormantBefore)
                .where(USER_ACCOUNT.COMPANY_ID.eq(companyId), USER_ACCOUNT.ID.eq(accountId).or(sameProvenAddress))
                .orderBy(USER_ACCOUNT.LOGIN)
                .fetch(this::toAccount);
    }

    @Override
    public int activeAdministratorsExcept(long companyId, List<Long> excludedAccountIds) {
        return dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.COMPANY_ID.eq(companyId), USER_ACCOUNT.KIND.eq(AccountKind.DELEGATE),
                USER_ACCOUNT.STATUS.eq(AccountStatus.ACTIVE), USER_ACCOUNT.ID.notIn(excludedAccountIds));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveDeclarationSettings(long companyId, long accountId, boolean external, @Nullable String firmName,
                                        DeclarationMode mode, List<Long> categoryIds) {
        dsl.insertInto(DECLARATION_USER)
                .set(DECLARATION_USER.ACCOUNT_ID, accountId)
                .set(DECLARATION_USER.COMPANY_ID, companyId)
                .set(DECLARATION_USER.EXTERNAL, external)
                .set(DECLARATION_USER.FIRM_NAME, firmName)
                .set(DECLARATION_USER.MODE, mode)
                .onConflict(DECLARATION_USER.ACCOUNT_ID).doUpdate()
                .set(DECLARATION_USER.EXTERNAL, external)
                .set(DECLARATION_USER.FIRM_NAME, firmName)
                .set(DECLARATION_USER.MODE, mode)
                .execute();
        dsl.deleteFrom(DECLARATION_USER_CATEGORY).where(DECLARATION_USER_CATEGORY.ACCOUNT_ID.eq(accountId)).execute();
        var insert = dsl.insertInto(DECLARATION_USER_CATEGORY, DECLARATION_USER_CATEGORY.ACCOUNT_ID,
                DECLARATION_USER_CATEGORY.COMPANY_ID, DECLARATION_USER_CATEGORY.CATEGORY_ID);
        for (long categoryId : categoryIds) {
            insert = insert.values(accountId, companyId, categoryId);
        }
        insert.execute();
    }

    @Override
    public Map<String, Long> activeCategoryIds(long companyId, List<String> codes) {
        return dsl.select(CONTRIBUTION_CATEGORY.CODE, CONTRIBUTION_CATEGORY.ID).from(CONTRIBUTION_CATEGORY)
                .where(CONTRIBUTION_CATEGORY.COMPANY_ID.eq(companyId), CONTRIBUTION_CATEGORY.ACTIVE.isTrue(),
                        CONTRIBUTION_CATEGORY.CODE.in(codes))
                .fetchMap(CONTRIBUTION_CATEGORY.CODE, CONTRIBUTION_CATEGORY.ID);
    }

    private static Condition sameLogin(String login) {
        return lower(USER_ACCOUNT.LOGIN).eq(login.toLowerCase(Locale.ROOT));
    }

    private SelectOnConditionStep<? extends Record> accounts(Instant dormantBefore) {
        var dormant = DSL.field(USER_ACCOUNT.STATUS.in(USABLE)
                .and(coalesce(USER_ACCOUNT.LAST_LOGIN_AT, USER_ACCOUNT.CREATED_AT).lt(dormantBefore.atOffset(ZoneOffset.UTC))))
                .as(DORMANT);
        return dsl.select(USER_ACCOUNT.LOGIN, USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.EMAIL,
                        USER_ACCOUNT.EMAIL_CONFIRMED_AT, USER_ACCOUNT.TELESERVICE, ROLES, USER_ACCOUNT.STATUS,
                        USER_ACCOUNT.CREATED_AT, USER_ACCOUNT.LAST_LOGIN_AT, USER_ACCOUNT.LOCKED_UNTIL,
                        DECLARATION_USER.EXTERNAL, DECLARATION_USER.FIRM_NAME, DECLARATION_USER.MODE, CATEGORIES, dormant)
                .from(USER_ACCOUNT)
                .leftJoin(DECLARATION_USER).on(DECLARATION_USER.ACCOUNT_ID.eq(USER_ACCOUNT.ID));
    }

    private CompanyUserAccount toAccount(Record row) {
        DeclarationMode mode = row.get(DECLARATION_USER.MODE);
        DeclarationSettings declaration = mode == null ? null
                : new DeclarationSettings(row.get(DECLARATION_USER.EXTERNAL), row.get(DECLARATION_USER.FIRM_NAME),
                mode, row.get(CATEGORIES));
        var lastLogin = row.get(USER_ACCOUNT.LAST_LOGIN_AT);
        var lockedUntil = row.get(USER_ACCOUNT.LOCKED_UNTIL);
        return new CompanyUserAccount(row.get(USER_ACCOUNT.LOGIN), row.get(USER_ACCOUNT.DISPLAY_NAME),
                EmailAddress.textOf(row.get(USER_ACCOUNT.EMAIL)), row.get(USER_ACCOUNT.EMAIL_CONFIRMED_AT) != null,
                row.get(USER_ACCOUNT.TELESERVICE), row.get(ROLES), row.get(USER_ACCOUNT.STATUS),
                row.get(USER_ACCOUNT.CREATED_AT).toInstant(),
                lastLogin == null ? null : lastLogin.toInstant(), lockedUntil == null ? null : lockedUntil.toInstant(),
                declaration, Boolean.TRUE.equals(row.get(DORMANT, Boolean.class)));
    }

    @Override
    public boolean loginTaken(String login) {
        return dsl.fetchExists(USER_ACCOUNT, lower(USER_ACCOUNT.LOGIN).eq(login.toLowerCase(Locale.ROOT)));
    }
}
