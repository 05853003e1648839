package ma.cimr.teleservices.shared.scheduling;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import ma.cimr.teleservices.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scheduled job of the portal has a thread of its own, so a slow job (an SMTP server that
 * answers in minutes) never holds back another (the deadline watch): Spring's default is one thread.
 */
@PortalTest
class SchedulerPoolTest {

    @Autowired
    ThreadPoolTaskScheduler scheduler;

    @Test
    void theSchedulersPoolHasAThreadForEveryScheduledJob() {
        long jobs = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ma.cimr.teleservices").stream()
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(Scheduled.class))
                .count();

        assertThat(jobs).as("the portal's scheduled jobs").isGreaterThanOrEqualTo(3);
        assertThat(scheduler.getScheduledThreadPoolExecutor().getCorePoolSize()).isGreaterThanOrEqualTo((int) jobs);
        assertThat(scheduler.getThreadNamePrefix()).isEqualTo("portal-job-");
    }
}
