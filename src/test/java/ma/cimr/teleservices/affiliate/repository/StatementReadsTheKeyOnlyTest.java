package ma.cimr.teleservices.affiliate.repository;

import ma.cimr.teleservices.PortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The points statement's speed at the fund's size rests on V46: the career's rows are read from the
 * primary key's leaf pages alone, never from the heap, where one month's row sits on a page of its
 * own (README "Benchmarks"). The demo's table is too small for the planner to prefer an index on its
 * own, so sequential and bitmap scans are switched off for this one plan: what is asserted is that
 * the key can answer the statement's query by itself.
 */
@PortalTest
class StatementReadsTheKeyOnlyTest {

    @Autowired
    DSLContext dsl;

    @Test
    void theStatementReadsAnAffiliatesCareerFromThePrimaryKeyAlone() {
        long affiliateId = dsl.fetchSingle("select affiliate_id from contribution order by affiliate_id limit 1")
                .get(0, Long.class);
        dsl.execute("vacuum (analyze) contribution");
        String plan = dsl.transactionResult(transaction -> {
            DSLContext inside = transaction.dsl();
            inside.execute("set local enable_seqscan = off");
            inside.execute("set local enable_bitmapscan = off");
            return inside.fetch("explain " + inside.renderInlined(inside.resultQuery(JooqAffiliateRepository.YEARLY_CONTRIBUTIONS, affiliateId)))
                    .map(row -> row.get(0, String.class)).stream().reduce("", (a, b) -> a + "\n" + b);
        });
        assertThat(plan).contains("Index Only Scan using contribution_pkey on contribution");
    }
}
