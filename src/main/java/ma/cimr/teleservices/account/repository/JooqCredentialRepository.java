package ma.cimr.teleservices.account.repository;

import ma.cimr.teleservices.shared.value.EmailAddress;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.ACCOUNT_SECRET_ANSWER;
import static ma.cimr.teleservices.jooq.Tables.EMAIL_CHANGE;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;

@Repository
class JooqCredentialRepository implements CredentialRepository {

    private final DSLContext dsl;

    JooqCredentialRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceSecretAnswers(long accountId, List<StoredSecretAnswer> answers) {
        dsl.deleteFrom(ACCOUNT_SECRET_ANSWER).where(ACCOUNT_SECRET_ANSWER.ACCOUNT_ID.eq(accountId)).execute();
        for (int i = 0; i < answers.size(); i++) {
            dsl.insertInto(ACCOUNT_SECRET_ANSWER)
                    .set(ACCOUNT_SECRET_ANSWER.ACCOUNT_ID, accountId)
                    .set(ACCOUNT_SECRET_ANSWER.POSITION, (short) (i + 1))
                    .set(ACCOUNT_SECRET_ANSWER.QUESTION, answers.get(i).question())
                    .set(ACCOUNT_SECRET_ANSWER.ANSWER_HASH, answers.get(i).answerHash())
                    .execute();
        }
    }

    @Override
    public List<StoredSecretAnswer> secretAnswers(long accountId) {
        return dsl.select(ACCOUNT_SECRET_ANSWER.QUESTION, ACCOUNT_SECRET_ANSWER.ANSWER_HASH)
                .from(ACCOUNT_SECRET_ANSWER)
                .where(ACCOUNT_SECRET_ANSWER.ACCOUNT_ID.eq(accountId))
                .orderBy(ACCOUNT_SECRET_ANSWER.POSITION)
                .fetch(r -> new StoredSecretAnswer(r.value1(), r.value2()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void addEmailChange(long accountId, String newEmail, String tokenHash, Instant at, Instant expiresAt) {
        dsl.insertInto(EMAIL_CHANGE)
                .set(EMAIL_CHANGE.ACCOUNT_ID, accountId)
                .set(EMAIL_CHANGE.NEW_EMAIL, newEmail)
                .set(EMAIL_CHANGE.TOKEN_HASH, tokenHash)
                .set(EMAIL_CHANGE.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .set(EMAIL_CHANGE.EXPIRES_AT, expiresAt.atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public Optional<PendingEmailChange> findEmailChange(String tokenHash, Instant now) {
        return dsl.select(EMAIL_CHANGE.ID, EMAIL_CHANGE.ACCOUNT_ID, USER_ACCOUNT.LOGIN, EMAIL_CHANGE.NEW_EMAIL)
                .from(EMAIL_CHANGE)
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(EMAIL_CHANGE.ACCOUNT_ID))
                .where(EMAIL_CHANGE.TOKEN_HASH.eq(tokenHash))
                .and(EMAIL_CHANGE.USED_AT.isNull())
                .and(EMAIL_CHANGE.EXPIRES_AT.gt(now.atOffset(ZoneOffset.UTC)))
                .fetchOptional(r -> new PendingEmailChange(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void applyEmailChange(PendingEmailChange change, Instant at) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.EMAIL, EmailAddress.parse(change.newEmail()))
                .set(USER_ACCOUNT.EMAIL_CONFIRMED_AT, at.atOffset(ZoneOffset.UTC))
                .where(USER_ACCOUNT.ID.eq(change.accountId()))
                .execute();
        // an older link to another address must not undo this one later
        dsl.update(EMAIL_CHANGE)
                .set(EMAIL_CHANGE.USED_AT, at.atOffset(ZoneOffset.UTC))
                .where(EMAIL_CHANGE.ACCOUNT_ID.eq(change.accountId()))
                .and(EMAIL_CHANGE.USED_AT.isNull())
                .execute();
    }

    @Override
    public Optional<LoginAndEmail> loginAndEmail(long accountId) {
        return dsl.select(USER_ACCOUNT.LOGIN, USER_ACCOUNT.EMAIL)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.eq(accountId))
                .fetchOptional(r -> new LoginAndEmail(r.value1(), Optional.ofNullable(r.value2()).map(EmailAddress::value)));
    }
}
