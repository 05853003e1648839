package ma.cimr.teleservices.pensionrun;

import ma.cimr.teleservices.pensionrun.repository.PensionRunRepository;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.scheduling.JobLeases;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The monthly pension run (allocataires n°1, DD037): the scheduled job runs the month from its
 * 1st on one instance at a time (a lease), staff follow the runs and start or resume one by hand.
 * Either way the same {@link PensionRunner} does it, and whatever runs it twice, at once or after a
 * crash, pays each pension once a month.
 */
@Service
public class PensionRuns {

    static final String JOB = "pension-run";
    static final String SYSTEM = "system";
    private static final String STAFF = "hasAnyRole('AGENT', 'SUPERVISOR', 'ADMINISTRATOR')";
    private static final String RUNNERS = "hasAnyRole('SUPERVISOR', 'ADMINISTRATOR')";
    private static final Duration LEASE = Duration.ofMinutes(30);

    private final PensionRunner runner;
    private final CatchUps catchUps;
    private final PensionRunRepository runs;
    private final JobLeases leases;
    private final CurrentUser currentUser;

    PensionRuns(PensionRunner runner, CatchUps catchUps, PensionRunRepository runs, JobLeases leases,
                CurrentUser currentUser) {
        this.runner = runner;
        this.catchUps = catchUps;
        this.runs = runs;
        this.leases = leases;
        this.currentUser = currentUser;
    }

    /** Starts the month's run, or resumes it where it stopped; a completed run is left as it is. */
    @PreAuthorize(RUNNERS)
    public PensionRunSummary start(YearMonth month) {
        return runner.run(month, currentUser.require().login(), PensionRunner.ChunkCheck.NONE);
    }

    @PreAuthorize(STAFF)
    public List<PensionRunSummary> runs() {
        return runs.runs();
    }

    @PreAuthorize(STAFF)
    public Optional<PensionRunSummary> run(YearMonth month) {
        return runs.run(month.atDay(1));
    }

    @PreAuthorize(STAFF)
    public List<RunFile> files(YearMonth month) {
        return runs.files(month.atDay(1));
    }

    /** The month staff would run now: the current one. */
    public YearMonth currentMonth() {
        return YearMonth.from(runner.today());
    }

    /**
     * The job's body: the current month's run if it is not completed, then the catch-up payments of
     * cards activated since. Returns false when another instance holds the job.
     */
    public boolean runDue() {
        if (!leases.tryAcquire(JOB, LEASE)) {
            return false;
        }
        try {
            YearMonth month = currentMonth();
            if (runs.run(month.atDay(1)).map(run -> !run.completed()).orElse(true)) {
                runner.run(month, SYSTEM, PensionRunner.ChunkCheck.NONE);
            }
            catchUps.payDue();
            return true;
        } finally {
            leases.release(JOB);
        }
    }

    LocalDate today() {
        return runner.today();
    }
}
