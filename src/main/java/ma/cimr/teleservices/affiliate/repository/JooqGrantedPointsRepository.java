package ma.cimr.teleservices.affiliate.repository;

import ma.cimr.teleservices.affiliate.GrantedPoints;
import ma.cimr.teleservices.affiliate.StatementLine;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.BUY_BACK_DECLARATION;
import static ma.cimr.teleservices.jooq.Tables.GRANTED_POINTS;

@Repository
class JooqGrantedPointsRepository implements GrantedPointsRepository {

    private final DSLContext dsl;

    JooqGrantedPointsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * An affiliate's points granted (by granted_points_affiliate_idx: a few rows per affiliate at
     * most), the natures in the order of {@code StatementLine.Nature} (not alphabetically). Plain SQL as the yearly contributions' query: both run on every statement, and
     * building and rendering this one with jOOQ's builder at each call was a seventh of the
     * statement's time in the benchmark's profile (DD050); read as {@link AffiliateRows} says.
     */
    static final String GRANTED_TO_AFFILIATE = """
            select id, year, nature, points, reference, amount_paid, granted_by, granted_at
            from granted_points
            where affiliate_id = ?
            order by year, case nature when 'BUY_BACK' then 1 else 2 end, granted_at, id""";

    @Override
    public List<GrantedPoints> findByAffiliate(long affiliateId) {
        return AffiliateRows.read(dsl, GRANTED_TO_AFFILIATE, affiliateId, row -> new GrantedPoints(row.getLong(1),
                row.getInt(2), StatementLine.Nature.valueOf(row.getString(3)), row.getBigDecimal(4), row.getString(5),
                row.getBigDecimal(6), row.getString(7), row.getObject(8, OffsetDateTime.class).toInstant()));
    }

    @Override
    public boolean buyBackCredited(String requestReference) {
        return dsl.fetchExists(GRANTED_POINTS, GRANTED_POINTS.REFERENCE.eq(requestReference),
                GRANTED_POINTS.NATURE.eq(StatementLine.Nature.BUY_BACK));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long add(long affiliateId, int year, StatementLine.Nature nature, BigDecimal points, String reference,
                    @Nullable BigDecimal amountPaid, @Nullable String bankReference, String grantedBy,
                    Instant grantedAt) {
        return dsl.insertInto(GRANTED_POINTS)
                .set(GRANTED_POINTS.AFFILIATE_ID, affiliateId)
                .set(GRANTED_POINTS.YEAR, (short) year)
                .set(GRANTED_POINTS.NATURE, nature)
                .set(GRANTED_POINTS.POINTS, points)
                .set(GRANTED_POINTS.REFERENCE, reference)
                .set(GRANTED_POINTS.AMOUNT_PAID, amountPaid)
                .set(GRANTED_POINTS.BANK_REFERENCE, bankReference)
                .set(GRANTED_POINTS.GRANTED_BY, grantedBy)
                .set(GRANTED_POINTS.GRANTED_AT, grantedAt.atOffset(ZoneOffset.UTC))
                .returning(GRANTED_POINTS.ID)
                .fetchSingle()
                .getId();
    }

    @Override
    public boolean bankReferenceCredited(String bankReference) {
        return dsl.fetchExists(GRANTED_POINTS, GRANTED_POINTS.BANK_REFERENCE.eq(bankReference));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void declareBuyBack(String requestReference, BigDecimal amount, Instant at) {
        dsl.insertInto(BUY_BACK_DECLARATION)
                .set(BUY_BACK_DECLARATION.REQUEST_REFERENCE, requestReference)
                .set(BUY_BACK_DECLARATION.DECLARED_AMOUNT, amount)
                .set(BUY_BACK_DECLARATION.DECLARED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public Optional<BigDecimal> declaredBuyBack(String requestReference) {
        return dsl.select(BUY_BACK_DECLARATION.DECLARED_AMOUNT).from(BUY_BACK_DECLARATION)
                .where(BUY_BACK_DECLARATION.REQUEST_REFERENCE.eq(requestReference))
                .fetchOptional(BUY_BACK_DECLARATION.DECLARED_AMOUNT);
    }
}
