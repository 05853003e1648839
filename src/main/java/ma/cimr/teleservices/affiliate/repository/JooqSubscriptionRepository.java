package ma.cimr.teleservices.affiliate.repository;

import ma.cimr.teleservices.shared.value.Cin;
import ma.cimr.teleservices.shared.value.Matricule;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.AFFILIATE_SUBSCRIPTION;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

@Repository
class JooqSubscriptionRepository implements SubscriptionRepository {

    private final DSLContext dsl;

    JooqSubscriptionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Long> affiliateWithoutAccount(String matricule, String cin, LocalDate birthDate) {
        if (!Matricule.isOne(matricule) || !Cin.isOne(cin)) {
            return Optional.empty(); // no affiliate has such a number
        }
        return dsl.select(AFFILIATE.ID).from(AFFILIATE)
                .where(AFFILIATE.MATRICULE.eq(Matricule.parse(matricule)), AFFILIATE.CIN.eq(Cin.parse(cin)),
                        AFFILIATE.BIRTH_DATE.eq(birthDate))
                .and(notExists(selectOne().from(USER_ACCOUNT).where(USER_ACCOUNT.AFFILIATE_ID.eq(AFFILIATE.ID))))
                .fetchOptional(AFFILIATE.ID);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void addPending(long affiliateId, String email, String tokenHash, Instant at, Instant expiresAt) {
        dsl.insertInto(AFFILIATE_SUBSCRIPTION)
                .set(AFFILIATE_SUBSCRIPTION.AFFILIATE_ID, affiliateId)
                .set(AFFILIATE_SUBSCRIPTION.EMAIL, email)
                .set(AFFILIATE_SUBSCRIPTION.TOKEN_HASH, tokenHash)
                .set(AFFILIATE_SUBSCRIPTION.REQUESTED_AT, at.atOffset(ZoneOffset.UTC))
                .set(AFFILIATE_SUBSCRIPTION.EXPIRES_AT, expiresAt.atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public Optional<Pending> findPending(String tokenHash, Instant now) {
        return dsl.select(AFFILIATE_SUBSCRIPTION.ID, AFFILIATE.ID, AFFILIATE.MATRICULE, AFFILIATE.FIRST_NAME,
                        AFFILIATE.LAST_NAME, AFFILIATE_SUBSCRIPTION.EMAIL)
                .from(AFFILIATE_SUBSCRIPTION)
                .join(AFFILIATE).on(AFFILIATE.ID.eq(AFFILIATE_SUBSCRIPTION.AFFILIATE_ID))
                .where(AFFILIATE_SUBSCRIPTION.TOKEN_HASH.eq(tokenHash),
                        AFFILIATE_SUBSCRIPTION.CONFIRMED_AT.isNull(),
                        AFFILIATE_SUBSCRIPTION.EXPIRES_AT.gt(now.atOffset(ZoneOffset.UTC)))
                .fetchOptional(row -> new Pending(row.value1(), row.value2(), row.value3().value(),
                        row.value4() + " " + row.value5(), row.value6()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void confirm(long subscriptionId, Instant at) {
        dsl.update(AFFILIATE_SUBSCRIPTION)
                .set(AFFILIATE_SUBSCRIPTION.CONFIRMED_AT, at.atOffset(ZoneOffset.UTC))
                .where(AFFILIATE_SUBSCRIPTION.ID.eq(subscriptionId))
                .execute();
    }
}
