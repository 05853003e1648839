package ma.cimr.teleservices.shared.scheduling;

import ma.cimr.teleservices.shared.scheduling.repository.JobLeaseRepository;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

/**
 * Another application instance's {@link JobLeases}, for tests in other packages: the constructor
 * is package-private, so tests of a job (e.g. the deadline watch) build their second "instance"
 * here, on the same lease table, the way {@code JobLeasesTest} does.
 */
public final class JobLeasesForTests {

    private JobLeasesForTests() {
    }

    public static JobLeases instance(JobLeaseRepository repository, Clock clock,
                                     PlatformTransactionManager transactionManager, String instanceId) {
        return new JobLeases(repository, clock, transactionManager, instanceId);
    }
}
