package ma.cimr.teleservices.affiliate.repository;

import java.util.List;

/**
 * The statement's two reads that go to the database as plain SQL on jOOQ's connection (the years,
 * the points granted: {@link AffiliateRows}), for the statement's benchmark to explain their plans:
 * jOOQ's execute listeners, which capture the other queries, do not see them. In the repositories'
 * package so that they stay package-private there.
 */
public final class StatementReads {

    private StatementReads() {
    }

    /** Each with one parameter, the affiliate's id. */
    public static List<String> sql() {
        return List.of(JooqAffiliateRepository.YEARLY_CONTRIBUTIONS, JooqGrantedPointsRepository.GRANTED_TO_AFFILIATE);
    }
}
