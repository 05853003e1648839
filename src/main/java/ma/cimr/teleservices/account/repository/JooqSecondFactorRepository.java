package ma.cimr.teleservices.account.repository;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.RECOVERY_CODE;
import static ma.cimr.teleservices.jooq.Tables.SECOND_FACTOR;

@Repository
class JooqSecondFactorRepository implements SecondFactorRepository {

    private final DSLContext dsl;

    JooqSecondFactorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<StoredFactor> find(long accountId) {
        return dsl.select(SECOND_FACTOR.SECRET, SECOND_FACTOR.PENDING_SECRET).from(SECOND_FACTOR)
                .where(SECOND_FACTOR.ACCOUNT_ID.eq(accountId))
                .fetchOptional(r -> new StoredFactor(r.value1(), r.value2()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void savePending(long accountId, byte[] sealedSecret) {
        dsl.insertInto(SECOND_FACTOR)
                .set(SECOND_FACTOR.ACCOUNT_ID, accountId)
                .set(SECOND_FACTOR.PENDING_SECRET, sealedSecret)
                .onConflict(SECOND_FACTOR.ACCOUNT_ID).doUpdate()
                .set(SECOND_FACTOR.PENDING_SECRET, sealedSecret)
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void confirmPending(long accountId, long step, Instant at) {
        dsl.update(SECOND_FACTOR)
                .set(SECOND_FACTOR.SECRET, SECOND_FACTOR.PENDING_SECRET)
                .setNull(SECOND_FACTOR.PENDING_SECRET)
                .set(SECOND_FACTOR.LAST_USED_STEP, step)
                .set(SECOND_FACTOR.CONFIRMED_AT, at.atOffset(ZoneOffset.UTC))
                .where(SECOND_FACTOR.ACCOUNT_ID.eq(accountId).and(SECOND_FACTOR.PENDING_SECRET.isNotNull()))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean advanceStep(long accountId, long step) {
        return dsl.update(SECOND_FACTOR).set(SECOND_FACTOR.LAST_USED_STEP, step)
                .where(SECOND_FACTOR.ACCOUNT_ID.eq(accountId).and(SECOND_FACTOR.LAST_USED_STEP.lt(step)))
                .execute() == 1;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceRecoveryCodes(long accountId, List<String> codeHashes) {
        dsl.deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.ACCOUNT_ID.eq(accountId)).execute();
        var insert = dsl.insertInto(RECOVERY_CODE, RECOVERY_CODE.ACCOUNT_ID, RECOVERY_CODE.CODE_HASH);
        for (String hash : codeHashes) {
            insert = insert.values(accountId, hash);
        }
        insert.execute();
    }

    @Override
    public List<StoredRecoveryCode> unusedRecoveryCodes(long accountId) {
        return dsl.select(RECOVERY_CODE.ID, RECOVERY_CODE.CODE_HASH).from(RECOVERY_CODE)
                .where(RECOVERY_CODE.ACCOUNT_ID.eq(accountId).and(RECOVERY_CODE.USED_AT.isNull()))
                .orderBy(RECOVERY_CODE.ID)
                .fetch(r -> new StoredRecoveryCode(r.value1(), r.value2()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean useRecoveryCode(long codeId, Instant at) {
        return dsl.update(RECOVERY_CODE).set(RECOVERY_CODE.USED_AT, at.atOffset(ZoneOffset.UTC))
                .where(RECOVERY_CODE.ID.eq(codeId).and(RECOVERY_CODE.USED_AT.isNull()))
                .execute() == 1;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(long accountId) {
        dsl.deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.ACCOUNT_ID.eq(accountId)).execute();
        dsl.deleteFrom(SECOND_FACTOR).where(SECOND_FACTOR.ACCOUNT_ID.eq(accountId)).execute();
    }
}
