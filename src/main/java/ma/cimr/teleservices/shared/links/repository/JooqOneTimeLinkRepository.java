package ma.cimr.teleservices.shared.links.repository;

import ma.cimr.teleservices.shared.links.LinkPurpose;
import ma.cimr.teleservices.shared.links.OneTimeLink;
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
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.ONE_TIME_LINK;

@Repository
class JooqOneTimeLinkRepository implements OneTimeLinkRepository {

    private final DSLContext dsl;

    JooqOneTimeLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long add(LinkPurpose purpose, String tokenHash, @Nullable Long accountId, Instant at, Instant expiresAt) {
        return dsl.insertInto(ONE_TIME_LINK)
                .set(ONE_TIME_LINK.PURPOSE, purpose.name())
                .set(ONE_TIME_LINK.TOKEN_HASH, tokenHash)
                .set(ONE_TIME_LINK.ACCOUNT_ID, accountId)
                .set(ONE_TIME_LINK.CREATED_AT, utc(at))
                .set(ONE_TIME_LINK.EXPIRES_AT, utc(expiresAt))
                .returning(ONE_TIME_LINK.ID)
                .fetchSingle()
                .getId();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void revokeUnused(LinkPurpose purpose, long accountId, Instant at) {
        dsl.update(ONE_TIME_LINK)
                .set(ONE_TIME_LINK.REVOKED_AT, utc(at))
                .where(ONE_TIME_LINK.ACCOUNT_ID.eq(accountId), ONE_TIME_LINK.PURPOSE.eq(purpose.name()),
                        ONE_TIME_LINK.USED_AT.isNull(), ONE_TIME_LINK.REVOKED_AT.isNull())
                .execute();
    }

    @Override
    public Optional<OneTimeLink> findValid(LinkPurpose purpose, String tokenHash, Instant now) {
        return dsl.select(ONE_TIME_LINK.ID, ONE_TIME_LINK.PURPOSE, ONE_TIME_LINK.ACCOUNT_ID, ONE_TIME_LINK.EXPIRES_AT)
                .from(ONE_TIME_LINK)
                .where(valid(purpose, tokenHash, now))
                .fetchOptional(JooqOneTimeLinkRepository::link);
    }

    /**
     * An UPDATE takes the row lock; a second transaction updating the same row waits for the first
     * to end, then PostgreSQL re-checks the WHERE against the committed row, where {@code used_at}
     * is no longer null: it updates nothing.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<OneTimeLink> use(LinkPurpose purpose, String tokenHash, Instant now) {
        return dsl.update(ONE_TIME_LINK)
                .set(ONE_TIME_LINK.USED_AT, utc(now))
                .where(valid(purpose, tokenHash, now))
                .returningResult(ONE_TIME_LINK.ID, ONE_TIME_LINK.PURPOSE, ONE_TIME_LINK.ACCOUNT_ID,
                        ONE_TIME_LINK.EXPIRES_AT)
                .fetchOptional()
                .map(JooqOneTimeLinkRepository::link);
    }

    private static Condition valid(LinkPurpose purpose, String tokenHash, Instant now) {
        return ONE_TIME_LINK.TOKEN_HASH.eq(tokenHash)
                .and(ONE_TIME_LINK.PURPOSE.eq(purpose.name()))
                .and(ONE_TIME_LINK.USED_AT.isNull())
                .and(ONE_TIME_LINK.REVOKED_AT.isNull())
                .and(ONE_TIME_LINK.EXPIRES_AT.gt(utc(now)));
    }

    private static OneTimeLink link(Record row) {
        return new OneTimeLink(row.get(ONE_TIME_LINK.ID), LinkPurpose.valueOf(row.get(ONE_TIME_LINK.PURPOSE)),
                row.get(ONE_TIME_LINK.ACCOUNT_ID), row.get(ONE_TIME_LINK.EXPIRES_AT).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
