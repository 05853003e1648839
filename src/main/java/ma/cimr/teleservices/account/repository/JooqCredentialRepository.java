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
    public void addEmailChange(long linkId, String newEmail) {
        dsl.insertInto(EMAIL_CHANGE).set(EMAIL_CHANGE.LINK_ID, linkId).set(EMAIL_CHANGE.NEW_EMAIL, newEmail).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public AppliedEmailChange applyEmailChange(long linkId, long accountId, Instant at) {
        String newEmail = dsl.select(EMAIL_CHANGE.NEW_EMAIL).from(EMAIL_CHANGE).where(EMAIL_CHANGE.LINK_ID.eq(linkId))
                .fetchSingle(EMAIL_CHANGE.NEW_EMAIL);
        return dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.EMAIL, EmailAddress.parse(newEmail))
                .set(USER_ACCOUNT.EMAIL_CONFIRMED_AT, at.atOffset(ZoneOffset.UTC))
                .where(USER_ACCOUNT.ID.eq(accountId))
                .returningResult(USER_ACCOUNT.LOGIN)
                .fetchSingle(row -> new AppliedEmailChange(row.value1(), newEmail));
    }

    @Override
    public Optional<LoginAndEmail> loginAndEmail(long accountId) {
        return dsl.select(USER_ACCOUNT.LOGIN, USER_ACCOUNT.EMAIL)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.eq(accountId))
                .fetchOptional(r -> new LoginAndEmail(r.value1(), Optional.ofNullable(r.value2()).map(EmailAddress::value)));
    }
}
