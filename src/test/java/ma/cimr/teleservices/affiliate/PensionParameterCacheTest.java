package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.affiliate.repository.PensionParameterRepository;
import ma.cimr.teleservices.affiliate.rules.PensionParameters;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.Product;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ScalarParameter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared copy of the parameter tables (DD039), on the real tables and real transactions: read
 * once, dropped when an approving transaction commits, kept when it rolls back, never shown to the
 * approving transaction itself, and read again once it is older than its time.
 */
@PortalTest
class PensionParameterCacheTest {

    @Autowired
    PensionParameterRepository tables;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TestClock clock;

    private final AtomicInteger reads = new AtomicInteger();
    private PensionParameterCache cache;
    private TransactionTemplate inTransaction;

    @BeforeEach
    void countTheReads() {
        cache = new PensionParameterCache(new CountingTables(), clock, Duration.ofMinutes(1));
        inTransaction = new TransactionTemplate(transactions);
    }

    @Test
    void everySimulationAfterTheFirstReadsNoTable() {
        PensionParameters first = cache.parameters();
        for (int i = 0; i < 100; i++) {
            assertThat(cache.parameters()).isSameAs(first);
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void anApprovedChangeIsReadAgainOnceItsTransactionCommits() {
        PensionParameters before = cache.parameters();
        inTransaction.executeWithoutResult(status -> {
            cache.changedInThisTransaction();
            assertThat(cache.parameters()).as("the approving transaction reads the tables").isNotSameAs(before);
        });
        PensionParameters after = cache.parameters();
        assertThat(after).isNotSameAs(before);
        assertThat(cache.parameters()).isSameAs(after);
        assertThat(reads).hasValue(3);
    }

    @Test
    void aRolledBackChangeKeepsTheCopyAndIsNeverShared() {
        PensionParameters before = cache.parameters();
        inTransaction.executeWithoutResult(status -> {
            cache.changedInThisTransaction();
            cache.parameters();
            status.setRollbackOnly();
        });
        assertThat(cache.parameters()).isSameAs(before);
        assertThat(reads).hasValue(2);
    }

    @Test
    void anotherInstancesChangeCountsOnceTheCopyIsAMinuteOld() {
        PensionParameters before = cache.parameters();
        clock.advance(Duration.ofSeconds(59));
        try {
            assertThat(cache.parameters()).isSameAs(before);
            clock.advance(Duration.ofSeconds(1));
            assertThat(cache.parameters()).isNotSameAs(before);
        } finally {
            clock.advance(Duration.ofSeconds(-60));
        }
    }

    /** The real tables, each read counted. */
    private final class CountingTables implements PensionParameterRepository {

        @Override
        public PensionParameters load() {
            reads.incrementAndGet();
            return tables.load();
        }

        @Override
        public void savePurchaseValue(int appliesFrom, BigDecimal value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void saveLiquidationValue(int appliesFrom, BigDecimal value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void saveRevaluation(int year, BigDecimal rate) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void saveAgeCoefficient(int appliesFrom, int age, BigDecimal coefficient) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void saveContributionRate(Product product, int appliesFrom, int step, BigDecimal employeeRate,
                                         BigDecimal employerRate) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void saveScalar(ScalarParameter parameter, int appliesFrom, BigDecimal value) {
            throw new UnsupportedOperationException();
        }
    }
}
