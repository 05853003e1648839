package ma.cimr.teleservices.account.repository;

import ma.cimr.teleservices.account.CompanyLogin;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.account.ManagedAccount;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Teleservice;
import ma.cimr.teleservices.shared.value.EmailAddress;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static ma.cimr.teleservices.jooq.Tables.ACCOUNT_ROLE;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

/** The company logins of {@code user_account}, for the one service that owns them (DD020). */
@Repository
class JooqCompanyAccountRepository implements CompanyAccountRepository {

    /** The password hash of a login whose user has not chosen a password (yet, or again). */
    static final String NO_PASSWORD = "!";

    private static final List<AccountStatus> USABLE = List.of(AccountStatus.ACTIVE, AccountStatus.PENDING);

    private static final Field<Set<Role>> ROLES = multiset(select(ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE)
            .where(ACCOUNT_ROLE.ACCOUNT_ID.eq(USER_ACCOUNT.ID)))
            .convertFrom(result -> Set.copyOf(result.getValues(ACCOUNT_ROLE.ROLE)))
            .as("roles");

    private static final String DORMANT = "dormant";

    private final DSLContext dsl;

    JooqCompanyAccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<ManagedAccount> find(long accountId) {
        return dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(accountId))
                .fetchOptional(row -> new ManagedAccount(row.getId(), row.getLogin(), row.getDisplayName(),
                        EmailAddress.textOf(row.getEmail()), row.getEmailConfirmedAt() != null, row.getKind(),
                        row.getStatus(), !NO_PASSWORD.equals(row.getPasswordHash())));
    }

    @Override
    public List<CompanyLogin> findByCompany(long companyId, Instant dormantBefore) {
        return logins(dormantBefore)
                .where(USER_ACCOUNT.COMPANY_ID.eq(companyId))
                .orderBy(USER_ACCOUNT.TELESERVICE.nullsFirst(), USER_ACCOUNT.LOGIN)
                .fetch(JooqCompanyAccountRepository::toLogin);
    }

    @Override
    public Optional<CompanyLogin> findInCompany(long companyId, String login, Instant dormantBefore) {
        return logins(dormantBefore)
                .where(USER_ACCOUNT.COMPANY_ID.eq(companyId), sameLogin(login))
                .fetchOptional(JooqCompanyAccountRepository::toLogin);
    }

    @Override
    public Optional<Long> idInCompany(long companyId, String login) {
        return dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.COMPANY_ID.eq(companyId), sameLogin(login))
                .fetchOptional(USER_ACCOUNT.ID);
    }

    @Override
    public List<CompanyLogin> samePerson(long companyId, long accountId, Instant dormantBefore) {
        var person = USER_ACCOUNT.as("person");
        var sameProvenAddress = DSL.exists(select(person.ID).from(person)
                .where(person.ID.eq(accountId), person.EMAIL_CONFIRMED_AT.isNotNull(),
                        USER_ACCOUNT.EMAIL_CONFIRMED_AT.isNotNull(), lower(person.EMAIL.coerce(String.class)).eq(lower(USER_ACCOUNT.EMAIL.coerce(String.class)))));
        return logins(dormantBefore)
                .where(USER_ACCOUNT.COMPANY_ID.eq(companyId), USER_ACCOUNT.ID.eq(accountId).or(sameProvenAddress))
                .orderBy(USER_ACCOUNT.LOGIN)
                .fetch(JooqCompanyAccountRepository::toLogin);
    }

    @Override
    public int activeAdministratorsExcept(long companyId, List<Long> excludedAccountIds) {
        return dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.COMPANY_ID.eq(companyId),
                USER_ACCOUNT.KIND.eq(AccountKind.DELEGATE), USER_ACCOUNT.STATUS.eq(AccountStatus.ACTIVE),
                USER_ACCOUNT.ID.notIn(excludedAccountIds));
    }

    @Override
    public int activeValidators(long companyId) {
        return dsl.fetchCount(dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT)
                .join(ACCOUNT_ROLE).on(ACCOUNT_ROLE.ACCOUNT_ID.eq(USER_ACCOUNT.ID))
                .where(USER_ACCOUNT.COMPANY_ID.eq(companyId), USER_ACCOUNT.STATUS.eq(AccountStatus.ACTIVE),
                        ACCOUNT_ROLE.ROLE.eq(Role.PAYMENT_VALIDATOR)));
    }

    private static Condition sameLogin(String login) {
        return lower(USER_ACCOUNT.LOGIN).eq(login.toLowerCase(Locale.ROOT));
    }

    private SelectJoinStep<? extends Record> logins(Instant dormantBefore) {
        var dormant = DSL.field(USER_ACCOUNT.STATUS.in(USABLE)
                .and(coalesce(USER_ACCOUNT.LAST_LOGIN_AT, USER_ACCOUNT.CREATED_AT).lt(dormantBefore.atOffset(ZoneOffset.UTC))))
                .as(DORMANT);
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.LOGIN, USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.EMAIL,
                        USER_ACCOUNT.EMAIL_CONFIRMED_AT, USER_ACCOUNT.TELESERVICE, ROLES, USER_ACCOUNT.STATUS,
                        USER_ACCOUNT.CREATED_AT, USER_ACCOUNT.LAST_LOGIN_AT, USER_ACCOUNT.LOCKED_UNTIL, dormant)
                .from(USER_ACCOUNT);
    }

    private static CompanyLogin toLogin(Record row) {
        Teleservice teleservice = row.get(USER_ACCOUNT.TELESERVICE);
        var lastLogin = row.get(USER_ACCOUNT.LAST_LOGIN_AT);
        var lockedUntil = row.get(USER_ACCOUNT.LOCKED_UNTIL);
        return new CompanyLogin(row.get(USER_ACCOUNT.ID), row.get(USER_ACCOUNT.LOGIN), row.get(USER_ACCOUNT.DISPLAY_NAME),
                EmailAddress.textOf(row.get(USER_ACCOUNT.EMAIL)), row.get(USER_ACCOUNT.EMAIL_CONFIRMED_AT) != null,
                teleservice,
                row.get(ROLES), row.get(USER_ACCOUNT.STATUS),
                row.get(USER_ACCOUNT.CREATED_AT).toInstant(),
                lastLogin == null ? null : lastLogin.toInstant(), lockedUntil == null ? null : lockedUntil.toInstant(),
                Boolean.TRUE.equals(row.get(DORMANT, Boolean.class)));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void setStatus(long accountId, AccountStatus status) {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.STATUS, status).where(USER_ACCOUNT.ID.eq(accountId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void clearPassword(long accountId) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.PASSWORD_HASH, NO_PASSWORD)
                .set(USER_ACCOUNT.FAILED_LOGINS, 0)
                .set(USER_ACCOUNT.LOCKED_UNTIL, (OffsetDateTime) null)
                .where(USER_ACCOUNT.ID.eq(accountId))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void rename(long accountId, String displayName) {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.DISPLAY_NAME, displayName).where(USER_ACCOUNT.ID.eq(accountId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceUnconfirmedEmail(long accountId, String email) {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.EMAIL, EmailAddress.parse(email))
                .where(USER_ACCOUNT.ID.eq(accountId), USER_ACCOUNT.EMAIL_CONFIRMED_AT.isNull())
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceRoles(long accountId, Set<Role> roles) {
        dsl.deleteFrom(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(accountId)).execute();
        for (Role role : roles) {
            dsl.insertInto(ACCOUNT_ROLE).set(ACCOUNT_ROLE.ACCOUNT_ID, accountId).set(ACCOUNT_ROLE.ROLE, role).execute();
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long createPendingDelegate(long companyId, String login, String displayName, String email) {
        long accountId = dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.LOGIN, login)
                .set(USER_ACCOUNT.PASSWORD_HASH, NO_PASSWORD)
                .set(USER_ACCOUNT.KIND, AccountKind.DELEGATE)
                .set(USER_ACCOUNT.DISPLAY_NAME, displayName)
                .set(USER_ACCOUNT.EMAIL, EmailAddress.parse(email))
                .set(USER_ACCOUNT.COMPANY_ID, companyId)
                .set(USER_ACCOUNT.STATUS, AccountStatus.PENDING)
                .returning(USER_ACCOUNT.ID)
                .fetchSingle()
                .getId();
        dsl.insertInto(ACCOUNT_ROLE).set(ACCOUNT_ROLE.ACCOUNT_ID, accountId).set(ACCOUNT_ROLE.ROLE, Role.DELEGATE)
                .execute();
        return accountId;
    }
}
