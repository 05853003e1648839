package ma.cimr.teleservices.account.repository;

import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.account.ManagedAccount;
import ma.cimr.teleservices.security.Role;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

import static ma.cimr.teleservices.jooq.Tables.ACCOUNT_ROLE;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;

@Repository
class JooqCompanyAccountRepository implements CompanyAccountRepository {

    /** The password hash of a login whose user has not chosen a password (yet, or again). */
    static final String NO_PASSWORD = "!";

    private final DSLContext dsl;

    JooqCompanyAccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<ManagedAccount> find(long accountId) {
        return dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(accountId))
                .fetchOptional(row -> new ManagedAccount(row.getId(), row.getLogin(), row.getDisplayName(),
                        row.getEmail(), row.getEmailConfirmedAt() != null, AccountKind.valueOf(row.getKind()),
                        AccountStatus.valueOf(row.getStatus()), !NO_PASSWORD.equals(row.getPasswordHash())));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void setStatus(long accountId, AccountStatus status) {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.STATUS, status.name()).where(USER_ACCOUNT.ID.eq(accountId)).execute();
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
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.EMAIL, email)
                .where(USER_ACCOUNT.ID.eq(accountId), USER_ACCOUNT.EMAIL_CONFIRMED_AT.isNull())
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceRoles(long accountId, Set<Role> roles) {
        dsl.deleteFrom(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(accountId)).execute();
        for (Role role : roles) {
            dsl.insertInto(ACCOUNT_ROLE).set(ACCOUNT_ROLE.ACCOUNT_ID, accountId).set(ACCOUNT_ROLE.ROLE, role.name()).execute();
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long createPendingDelegate(long companyId, String login, String displayName, String email) {
        long accountId = dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.LOGIN, login)
                .set(USER_ACCOUNT.PASSWORD_HASH, NO_PASSWORD)
                .set(USER_ACCOUNT.KIND, AccountKind.DELEGATE.name())
                .set(USER_ACCOUNT.DISPLAY_NAME, displayName)
                .set(USER_ACCOUNT.EMAIL, email)
                .set(USER_ACCOUNT.COMPANY_ID, companyId)
                .set(USER_ACCOUNT.STATUS, AccountStatus.PENDING.name())
                .returning(USER_ACCOUNT.ID)
                .fetchSingle()
                .getId();
        dsl.insertInto(ACCOUNT_ROLE).set(ACCOUNT_ROLE.ACCOUNT_ID, accountId).set(ACCOUNT_ROLE.ROLE, Role.DELEGATE.name())
                .execute();
        return accountId;
    }
}
