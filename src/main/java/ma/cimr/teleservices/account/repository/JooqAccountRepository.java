package ma.cimr.teleservices.account.repository;

import ma.cimr.teleservices.security.RetireeId;
import ma.cimr.teleservices.security.AffiliateId;
import ma.cimr.teleservices.security.CompanyId;
import ma.cimr.teleservices.security.AccountId;
import java.util.EnumSet;
import ma.cimr.teleservices.jooq.tables.records.UserAccountRecord;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.shared.value.EmailAddress;
import ma.cimr.teleservices.account.LockedAccount;
import ma.cimr.teleservices.security.Teleservice;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Role;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static ma.cimr.teleservices.jooq.Tables.ACCOUNT_ROLE;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

@Repository
class JooqAccountRepository implements AccountRepository {

    private final DSLContext dsl;

    JooqAccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<PortalUser> findByLogin(String login, Instant now) {
        var roles = multiset(select(ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE)
                .where(ACCOUNT_ROLE.ACCOUNT_ID.eq(USER_ACCOUNT.ID)))
                .convertFrom(JooqAccountRepository::roleSet);
        return dsl.select(USER_ACCOUNT.asterisk(), roles)
                .from(USER_ACCOUNT)
                .where(lower(USER_ACCOUNT.LOGIN).eq(login.toLowerCase(java.util.Locale.ROOT)))
                .fetchOptional(record -> toUser(record, record.get(roles), now));
    }

    private static Set<Role> roleSet(org.jooq.Result<? extends org.jooq.Record1<Role>> rows) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.forEach(row -> roles.add(row.value1()));
        return roles;
    }

    private static PortalUser toUser(Record row, Set<Role> roles, Instant now) {
        OffsetDateTime lockedUntil = row.get(USER_ACCOUNT.LOCKED_UNTIL);
        return new PortalUser(
                new AccountId(row.get(USER_ACCOUNT.ID)),
                row.get(USER_ACCOUNT.LOGIN),
                row.get(USER_ACCOUNT.PASSWORD_HASH),
                row.get(USER_ACCOUNT.DISPLAY_NAME),
                EmailAddress.textOf(row.get(USER_ACCOUNT.EMAIL)),
                row.get(USER_ACCOUNT.KIND),
                row.get(USER_ACCOUNT.STATUS) == AccountStatus.ACTIVE,
                lockedUntil != null && lockedUntil.toInstant().isAfter(now),
                row.get(USER_ACCOUNT.COMPANY_ID) == null ? null : new CompanyId(row.get(USER_ACCOUNT.COMPANY_ID)),
                row.get(USER_ACCOUNT.AFFILIATE_ID) == null ? null : new AffiliateId(row.get(USER_ACCOUNT.AFFILIATE_ID)),
                row.get(USER_ACCOUNT.RETIREE_ID) == null ? null : new RetireeId(row.get(USER_ACCOUNT.RETIREE_ID)),
                row.get(USER_ACCOUNT.PREFERRED_LOCALE),
                roles);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Integer> recordFailure(String login, Instant at, java.time.Duration memory) {
        var now = at.atOffset(ZoneOffset.UTC);
        return dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.FAILED_LOGINS, org.jooq.impl.DSL
                        .when(USER_ACCOUNT.LAST_FAILED_LOGIN_AT.isNull()
                                .or(USER_ACCOUNT.LAST_FAILED_LOGIN_AT.lt(now.minus(memory))), org.jooq.impl.DSL.inline(1))
                        .otherwise(USER_ACCOUNT.FAILED_LOGINS.plus(1)))
                .set(USER_ACCOUNT.LAST_FAILED_LOGIN_AT, now)
                .where(lower(USER_ACCOUNT.LOGIN).eq(login.toLowerCase(java.util.Locale.ROOT)))
                .returning(USER_ACCOUNT.FAILED_LOGINS)
                .fetchOptional()
                .map(row -> row.getFailedLogins());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockUntil(String login, Instant until) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.LOCKED_UNTIL, until.atOffset(ZoneOffset.UTC))
                .where(lower(USER_ACCOUNT.LOGIN).eq(login.toLowerCase(java.util.Locale.ROOT)))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void unlock(long accountId) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.FAILED_LOGINS, 0)
                .set(USER_ACCOUNT.LOCKED_UNTIL, (OffsetDateTime) null)
                .where(USER_ACCOUNT.ID.eq(accountId))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void forgetFailures(String login) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.FAILED_LOGINS, 0)
                .where(lower(USER_ACCOUNT.LOGIN).eq(login.toLowerCase(java.util.Locale.ROOT)), USER_ACCOUNT.FAILED_LOGINS.gt(0))
                .execute();
    }

    @Override
    public boolean loginExists(String login) {
        return dsl.fetchExists(USER_ACCOUNT, lower(USER_ACCOUNT.LOGIN).eq(login.toLowerCase(java.util.Locale.ROOT)));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long createPendingCompanyUser(long companyId, String login, String displayName, String email,
                                         Teleservice teleservice, Set<Role> roles) {
        long accountId = dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.LOGIN, login)
                // no password can match this: the user chooses theirs through the activation link
                .set(USER_ACCOUNT.PASSWORD_HASH, "!")
                .set(USER_ACCOUNT.KIND, AccountKind.COMPANY_USER)
                .set(USER_ACCOUNT.DISPLAY_NAME, displayName)
                .set(USER_ACCOUNT.EMAIL, EmailAddress.parse(email))
                .set(USER_ACCOUNT.COMPANY_ID, companyId)
                .set(USER_ACCOUNT.TELESERVICE, teleservice)
                .set(USER_ACCOUNT.STATUS, AccountStatus.PENDING)
                .returning(USER_ACCOUNT.ID)
                .fetchSingle()
                .getId();
        for (Role role : roles) {
            dsl.insertInto(ACCOUNT_ROLE).set(ACCOUNT_ROLE.ACCOUNT_ID, accountId).set(ACCOUNT_ROLE.ROLE, role).execute();
        }
        return accountId;
    }

    @Override
    public Optional<String> pendingLogin(long accountId) {
        return dsl.select(USER_ACCOUNT.LOGIN).from(USER_ACCOUNT)
                // a suspended or closed login is not reopened by a link sent before
                .where(USER_ACCOUNT.ID.eq(accountId), USER_ACCOUNT.STATUS.eq(AccountStatus.PENDING))
                .fetchOptional(USER_ACCOUNT.LOGIN);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void activate(long accountId, String passwordHash, Instant at) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(USER_ACCOUNT.STATUS, AccountStatus.ACTIVE)
                // the link came through the e-mail: the address is proven
                .set(USER_ACCOUNT.EMAIL_CONFIRMED_AT, at.atOffset(ZoneOffset.UTC))
                .where(USER_ACCOUNT.ID.eq(accountId))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long createDelegateAccount(long companyId, String login, String displayName, String email,
                                      String passwordHash) {
        // the subscription was only submitted once a link sent to this address was opened
        return createProvenAccount(AccountKind.DELEGATE, Role.DELEGATE, USER_ACCOUNT.COMPANY_ID, companyId,
                login, displayName, email, passwordHash);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long createAffiliateAccount(long affiliateId, String login, String displayName, String email,
                                       String passwordHash) {
        // the affiliate opened the link sent to it before choosing a password
        return createProvenAccount(AccountKind.AFFILIATE, Role.AFFILIATE, USER_ACCOUNT.AFFILIATE_ID, affiliateId,
                login, displayName, email, passwordHash);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long createRetireeAccount(long retireeId, String login, String displayName, String email,
                                     String passwordHash) {
        // the retiree opened the link sent to the address on their pension file before choosing a password
        return createProvenAccount(AccountKind.RETIREE, Role.RETIREE, USER_ACCOUNT.RETIREE_ID, retireeId,
                login, displayName, email, passwordHash);
    }

    /** An active account whose e-mail address is already proven, with its one role; returns its id. */
    private long createProvenAccount(AccountKind kind, Role role, TableField<UserAccountRecord, Long> owner, long ownerId,
                                     String login, String displayName, String email, String passwordHash) {
        long accountId = dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.LOGIN, login)
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(USER_ACCOUNT.KIND, kind)
                .set(USER_ACCOUNT.DISPLAY_NAME, displayName)
                .set(USER_ACCOUNT.EMAIL, EmailAddress.parse(email))
                .set(USER_ACCOUNT.EMAIL_CONFIRMED_AT, org.jooq.impl.DSL.currentOffsetDateTime())
                .set(owner, ownerId)
                .returning(USER_ACCOUNT.ID)
                .fetchSingle()
                .getId();
        dsl.insertInto(ACCOUNT_ROLE).set(ACCOUNT_ROLE.ACCOUNT_ID, accountId).set(ACCOUNT_ROLE.ROLE, role)
                .execute();
        return accountId;
    }

    @Override
    public List<LockedAccount> lockedAt(Instant now) {
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.LOGIN, USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.FAILED_LOGINS,
                        USER_ACCOUNT.LOCKED_UNTIL)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.LOCKED_UNTIL.gt(now.atOffset(ZoneOffset.UTC)))
                .orderBy(USER_ACCOUNT.LOCKED_UNTIL.desc())
                .fetch(row -> new LockedAccount(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5().toInstant()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordLogin(long accountId, Instant at) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.FAILED_LOGINS, 0)
                .set(USER_ACCOUNT.LOCKED_UNTIL, (OffsetDateTime) null)
                .set(USER_ACCOUNT.LAST_LOGIN_AT, at.atOffset(ZoneOffset.UTC))
                .where(USER_ACCOUNT.ID.eq(accountId))
                .execute();
    }

    @Override
    public List<String> emailsOf(Role role) {
        return dsl.selectDistinct(USER_ACCOUNT.EMAIL).from(USER_ACCOUNT)
                .join(ACCOUNT_ROLE).on(ACCOUNT_ROLE.ACCOUNT_ID.eq(USER_ACCOUNT.ID))
                .where(ACCOUNT_ROLE.ROLE.eq(role), USER_ACCOUNT.STATUS.eq(AccountStatus.ACTIVE), USER_ACCOUNT.EMAIL.isNotNull())
                .orderBy(USER_ACCOUNT.EMAIL)
                .fetch(USER_ACCOUNT.EMAIL).stream().map(EmailAddress::value).toList();
    }

    @Override
    public Optional<String> emailOf(long accountId) {
        return dsl.select(USER_ACCOUNT.EMAIL).from(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(accountId))
                .fetchOptional(USER_ACCOUNT.EMAIL).map(EmailAddress::value);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void savePreferredLocale(long accountId, String locale) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.PREFERRED_LOCALE, locale)
                .where(USER_ACCOUNT.ID.eq(accountId))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void rehashPassword(long accountId, String passwordHash) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .where(USER_ACCOUNT.ID.eq(accountId))
                .execute();
    }

    @Override
    public Optional<OwnerAddress> provenAddressOf(String login) {
        return dsl.select(USER_ACCOUNT.EMAIL, USER_ACCOUNT.PREFERRED_LOCALE).from(USER_ACCOUNT)
                .where(lower(USER_ACCOUNT.LOGIN).eq(login.toLowerCase(java.util.Locale.ROOT)),
                        USER_ACCOUNT.EMAIL_CONFIRMED_AT.isNotNull(), USER_ACCOUNT.EMAIL.isNotNull())
                .fetchOptional(row -> new OwnerAddress(row.value1().value(), row.value2()));
    }

    @Override
    public Optional<Long> credentialsVersion(long accountId) {
        return dsl.select(USER_ACCOUNT.CREDENTIALS_VERSION).from(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(accountId))
                .fetchOptional(USER_ACCOUNT.CREDENTIALS_VERSION);
    }
}
