package ma.cimr.teleservices.account.recovery.repository;

import ma.cimr.teleservices.shared.value.EmailAddress;
import ma.cimr.teleservices.security.AccountStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.LOGIN_REMINDER;
import static ma.cimr.teleservices.jooq.Tables.PASSWORD_RECOVERY;
import static ma.cimr.teleservices.jooq.Tables.RETIREE;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.lower;

@Repository
class JooqRecoveryRepository implements RecoveryRepository {

    private final DSLContext dsl;

    JooqRecoveryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Account> findByLogin(String login) {
        return findWhere(lower(USER_ACCOUNT.LOGIN).eq(login.toLowerCase(Locale.ROOT))).stream().findFirst();
    }

    @Override
    public Optional<Account> findById(long accountId) {
        return findWhere(USER_ACCOUNT.ID.eq(accountId)).stream().findFirst();
    }

    @Override
    public List<Account> activeAccountsWithConfirmedEmail(String email) {
        return findWhere(lower(USER_ACCOUNT.EMAIL.coerce(String.class)).eq(email.toLowerCase(Locale.ROOT))
                .and(USER_ACCOUNT.EMAIL_CONFIRMED_AT.isNotNull())
                .and(USER_ACCOUNT.STATUS.eq(AccountStatus.ACTIVE)));
    }

    private List<Account> findWhere(Condition condition) {
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.LOGIN, USER_ACCOUNT.KIND, USER_ACCOUNT.STATUS,
                        USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.EMAIL, USER_ACCOUNT.EMAIL_CONFIRMED_AT,
                        USER_ACCOUNT.TELESERVICE, USER_ACCOUNT.PREFERRED_LOCALE)
                .from(USER_ACCOUNT)
                .where(condition)
                .orderBy(USER_ACCOUNT.LOGIN)
                .fetch(JooqRecoveryRepository::toAccount);
    }

    private static Account toAccount(Record row) {
        return new Account(row.get(USER_ACCOUNT.ID), row.get(USER_ACCOUNT.LOGIN),
                row.get(USER_ACCOUNT.KIND), row.get(USER_ACCOUNT.STATUS) == AccountStatus.ACTIVE,
                row.get(USER_ACCOUNT.DISPLAY_NAME), EmailAddress.textOf(row.get(USER_ACCOUNT.EMAIL)),
                row.get(USER_ACCOUNT.EMAIL) != null && row.get(USER_ACCOUNT.EMAIL_CONFIRMED_AT) != null,
                row.get(USER_ACCOUNT.TELESERVICE) == null ? null : row.get(USER_ACCOUNT.TELESERVICE).name(),
                row.get(USER_ACCOUNT.PREFERRED_LOCALE));
    }

    @Override
    public Optional<Identity> identityOf(long accountId) {
        return dsl.select(coalesce(AFFILIATE.CIN, RETIREE.CIN), coalesce(AFFILIATE.BIRTH_DATE, RETIREE.BIRTH_DATE))
                .from(USER_ACCOUNT)
                .leftJoin(AFFILIATE).on(AFFILIATE.ID.eq(USER_ACCOUNT.AFFILIATE_ID))
                .leftJoin(RETIREE).on(RETIREE.ID.eq(USER_ACCOUNT.RETIREE_ID))
                .where(USER_ACCOUNT.ID.eq(accountId))
                .fetchOptional()
                .filter(row -> row.value1() != null && row.value2() != null)
                .map(row -> new Identity(row.value1().value(), row.value2()));
    }

    @Override
    public int attemptsSince(long accountId, Instant since) {
        return dsl.fetchCount(PASSWORD_RECOVERY, PASSWORD_RECOVERY.ACCOUNT_ID.eq(accountId)
                .and(PASSWORD_RECOVERY.CREATED_AT.ge(at(since))));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void closeOpenAttempts(long accountId, Instant at, Outcome outcome) {
        dsl.update(PASSWORD_RECOVERY)
                .set(PASSWORD_RECOVERY.CLOSED_AT, at(at))
                .set(PASSWORD_RECOVERY.OUTCOME, outcome)
                .where(PASSWORD_RECOVERY.ACCOUNT_ID.eq(accountId), PASSWORD_RECOVERY.CLOSED_AT.isNull())
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void addAttempt(String handleHash, String typedLogin, @Nullable Long accountId, boolean codeSent,
                           String codeHash, Instant at, Instant expiresAt) {
        dsl.insertInto(PASSWORD_RECOVERY)
                .set(PASSWORD_RECOVERY.HANDLE_HASH, handleHash)
                .set(PASSWORD_RECOVERY.TYPED_LOGIN, typedLogin)
                .set(PASSWORD_RECOVERY.ACCOUNT_ID, accountId)
                .set(PASSWORD_RECOVERY.CODE_SENT, codeSent)
                .set(PASSWORD_RECOVERY.CODE_HASH, codeHash)
                .set(PASSWORD_RECOVERY.CREATED_AT, at(at))
                .set(PASSWORD_RECOVERY.EXPIRES_AT, at(expiresAt))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Attempt> lockAttempt(String handleHash) {
        return dsl.selectFrom(PASSWORD_RECOVERY)
                .where(PASSWORD_RECOVERY.HANDLE_HASH.eq(handleHash))
                .forUpdate()
                .fetchOptional(row -> new Attempt(row.getId(), row.getTypedLogin(), row.getAccountId(),
                        row.getCodeSent(), row.getCodeHash(), row.getExpiresAt().toInstant(), row.getCodeFailures(),
                        row.getVerifiedAt() == null ? null : row.getVerifiedAt().toInstant(),
                        row.getAnswerFailures(), row.getClosedAt() != null));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int countCodeFailure(long attemptId) {
        return dsl.update(PASSWORD_RECOVERY)
                .set(PASSWORD_RECOVERY.CODE_FAILURES, PASSWORD_RECOVERY.CODE_FAILURES.plus(1))
                .where(PASSWORD_RECOVERY.ID.eq(attemptId))
                .returning(PASSWORD_RECOVERY.CODE_FAILURES)
                .fetchSingle()
                .getCodeFailures();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int countAnswerFailure(long attemptId) {
        return dsl.update(PASSWORD_RECOVERY)
                .set(PASSWORD_RECOVERY.ANSWER_FAILURES, PASSWORD_RECOVERY.ANSWER_FAILURES.plus(1))
                .where(PASSWORD_RECOVERY.ID.eq(attemptId))
                .returning(PASSWORD_RECOVERY.ANSWER_FAILURES)
                .fetchSingle()
                .getAnswerFailures();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markVerified(long attemptId, Instant at, Instant newExpiry) {
        dsl.update(PASSWORD_RECOVERY)
                .set(PASSWORD_RECOVERY.VERIFIED_AT, at(at))
                .set(PASSWORD_RECOVERY.EXPIRES_AT, at(newExpiry))
                .where(PASSWORD_RECOVERY.ID.eq(attemptId))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void close(long attemptId, Instant at, Outcome outcome) {
        dsl.update(PASSWORD_RECOVERY)
                .set(PASSWORD_RECOVERY.CLOSED_AT, at(at))
                .set(PASSWORD_RECOVERY.OUTCOME, outcome)
                .where(PASSWORD_RECOVERY.ID.eq(attemptId))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void setPassword(long accountId, String passwordHash) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(USER_ACCOUNT.FAILED_LOGINS, 0)
                .set(USER_ACCOUNT.LOCKED_UNTIL, (OffsetDateTime) null)
                .where(USER_ACCOUNT.ID.eq(accountId))
                .execute();
    }

    @Override
    public int remindersSince(String addressHash, Instant since) {
        return dsl.fetchCount(LOGIN_REMINDER, LOGIN_REMINDER.ADDRESS_HASH.eq(addressHash)
                .and(LOGIN_REMINDER.SENT_AT.ge(at(since))));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void addReminder(String addressHash, Instant at) {
        dsl.insertInto(LOGIN_REMINDER)
                .set(LOGIN_REMINDER.ADDRESS_HASH, addressHash)
                .set(LOGIN_REMINDER.SENT_AT, at(at))
                .execute();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
