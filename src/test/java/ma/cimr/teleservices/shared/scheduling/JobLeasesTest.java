package ma.cimr.teleservices.shared.scheduling;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.shared.scheduling.repository.JobLeaseRepository;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static ma.cimr.teleservices.jooq.Tables.JOB_LEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A job runs on one instance at a time: two (or more) "instances" share the real lease table,
 * each with its own instance id, and the clock is moved by hand.
 */
@PortalTest
class JobLeasesTest {

    private static final String JOB = "deadline-warnings";
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Autowired
    JobLeaseRepository repository;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JobLeases applicationLeases;
    @Autowired
    DSLContext dsl;

    TestClock clock;
    JobLeases instanceA;
    JobLeases instanceB;

    @BeforeEach
    void twoInstances() {
        dsl.deleteFrom(JOB_LEASE).execute();
        clock = new TestClock();
        instanceA = instance("instance-a");
        instanceB = instance("instance-b");
    }

    @Test
    void onlyOneInstanceAcquiresTheLease() {
        assertThat(instanceA.tryAcquire(JOB, TEN_MINUTES)).isTrue();
        assertThat(instanceB.tryAcquire(JOB, TEN_MINUTES)).isFalse();
        assertThat(instanceB.tryAcquire("another-job", TEN_MINUTES)).as("leases are per job").isTrue();

        var row = dsl.selectFrom(JOB_LEASE).where(JOB_LEASE.JOB_NAME.eq(JOB)).fetchSingle();
        assertThat(row.getOwner()).isEqualTo("instance-a");
        assertThat(row.getLeasedUntil().toInstant()).isEqualTo(clock.instant().plus(TEN_MINUTES));
    }

    @Test
    void theHolderRenewsItsLease() {
        assertThat(instanceA.tryAcquire(JOB, TEN_MINUTES)).isTrue();
        clock.advance(Duration.ofMinutes(9));
        assertThat(instanceA.tryAcquire(JOB, TEN_MINUTES)).isTrue();
        clock.advance(Duration.ofMinutes(9));
        assertThat(instanceB.tryAcquire(JOB, TEN_MINUTES)).as("renewed until minute 19").isFalse();
    }

    @Test
    void anotherInstanceTakesTheJobOverOnceTheLeaseHasRunOut() {
        assertThat(instanceA.tryAcquire(JOB, TEN_MINUTES)).isTrue();

        clock.advance(TEN_MINUTES.minusMillis(1));
        assertThat(instanceB.tryAcquire(JOB, TEN_MINUTES)).isFalse();

        clock.advance(Duration.ofMillis(1));
        assertThat(instanceB.tryAcquire(JOB, TEN_MINUTES)).isTrue();
        assertThat(instanceA.tryAcquire(JOB, TEN_MINUTES)).as("the former holder lost it").isFalse();
    }

    @Test
    void releaseLetsAnotherInstanceAcquireAtOnce() {
        assertThat(instanceA.tryAcquire(JOB, TEN_MINUTES)).isTrue();

        instanceB.release(JOB);
        assertThat(instanceB.tryAcquire(JOB, TEN_MINUTES)).as("only the holder can release").isFalse();

        instanceA.release(JOB);
        assertThat(instanceB.tryAcquire(JOB, TEN_MINUTES)).isTrue();
    }

    @Test
    void aLeaseHoldsEvenIfTheCallersTransactionRollsBack() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            assertThat(instanceA.tryAcquire(JOB, TEN_MINUTES)).isTrue();
            assertThat(instanceB.tryAcquire(JOB, TEN_MINUTES)).as("committed at once, seen by others").isFalse();
            status.setRollbackOnly();
        });
        assertThat(instanceB.tryAcquire(JOB, TEN_MINUTES)).isFalse();
    }

    @Test
    void ofEightInstancesRacingForAFreeJobExactlyOneWins() throws Exception {
        int instances = 8;
        CyclicBarrier start = new CyclicBarrier(instances);
        List<Callable<Boolean>> racers = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            JobLeases instance = instance("racer-" + i);
            racers.add(() -> {
                start.await(10, TimeUnit.SECONDS);
                return instance.tryAcquire(JOB, TEN_MINUTES);
            });
        }
        ExecutorService executor = Executors.newFixedThreadPool(instances);
        try {
            int winners = 0;
            for (Future<Boolean> result : executor.invokeAll(racers)) {
                winners += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> instanceA.tryAcquire(" ", TEN_MINUTES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> instanceA.tryAcquire(JOB, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> instanceA.release("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theApplicationsInstanceIdIsARandomUuidUnlessConfigured() {
        assertThat(UUID.fromString(applicationLeases.instanceId())).isNotNull();
        assertThat(instance("  batch-1  ").instanceId()).isEqualTo("batch-1");
    }

    private JobLeases instance(String instanceId) {
        return new JobLeases(repository, clock, transactionManager, instanceId);
    }
}
