package ma.cimr.teleservices.account.repository;

import ma.cimr.teleservices.account.SignIn;
import ma.cimr.teleservices.account.SignInOrigin;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static ma.cimr.teleservices.jooq.Tables.SIGN_IN;

@Repository
class JooqSignInRepository implements SignInRepository {

    private final DSLContext dsl;

    JooqSignInRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(long accountId, Instant at, SignInOrigin origin) {
        dsl.insertInto(SIGN_IN)
                .set(SIGN_IN.ACCOUNT_ID, accountId)
                .set(SIGN_IN.SIGNED_IN_AT, at.atOffset(ZoneOffset.UTC))
                .set(SIGN_IN.NETWORK, origin.network())
                .set(SIGN_IN.BROWSER, origin.browser().name())
                .execute();
    }

    @Override
    public List<SignIn> ofAccount(long accountId) {
        return dsl.selectFrom(SIGN_IN)
                .where(SIGN_IN.ACCOUNT_ID.eq(accountId))
                .orderBy(SIGN_IN.SIGNED_IN_AT.desc(), SIGN_IN.ID.desc())
                .fetch(row -> new SignIn(row.getSignedInAt().toInstant(),
                        new SignInOrigin(row.getNetwork(), SignInOrigin.Browser.valueOf(row.getBrowser()))));
    }

    @Override
    public int countOfAccount(long accountId) {
        return dsl.fetchCount(SIGN_IN, SIGN_IN.ACCOUNT_ID.eq(accountId));
    }
}
