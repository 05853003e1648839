package ma.cimr.teleservices.pensionrun;

import ma.cimr.teleservices.pensionrun.repository.CatchUpRepository;
import ma.cimr.teleservices.pensionrun.repository.CatchUpRepository.RunTiming;
import ma.cimr.teleservices.request.CommitmentMeasure;
import ma.cimr.teleservices.request.Population;
import ma.cimr.teleservices.request.ServiceCommitment;
import ma.cimr.teleservices.shared.BusinessCalendar;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Allocataires n°1, "pensions paid to the banks on the 1st of each month", measured from the runs
 * themselves: each month since the portal's first run is one event, kept when the run's last bank
 * file left on or before its 1st. A month with no run, or one not finished, counts as not kept;
 * completed_at is written once, by the run, so the figure cannot be moved afterwards (DD037).
 */
@Component
class PaidOnTheFirst implements CommitmentMeasure {

    private final CatchUpRepository records;
    private final Clock clock;

    PaidOnTheFirst(CatchUpRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public Population population() {
        return Population.RETIREE;
    }

    @Override
    public int number() {
        return 1;
    }

    @Override
    public Events events(ServiceCommitment commitment, LocalDate from, LocalDate to, BusinessCalendar calendar) {
        Instant firstRun = records.firstRunStartedAt().orElse(null);
        if (firstRun == null) {
            return Events.NONE;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        YearMonth first = YearMonth.from(LocalDate.ofInstant(firstRun, BusinessCalendar.ZONE));
        YearMonth start = max(first, YearMonth.from(from.minusDays(1)).plusMonths(1));
        YearMonth end = min(YearMonth.from(to), YearMonth.from(today));
        Map<LocalDate, RunTiming> runs = records.runTimings(start.atDay(1), end.atDay(1)).stream()
                .collect(Collectors.toMap(RunTiming::duePeriod, Function.identity()));
        int months = 0;
        int answered = 0;
        int inTime = 0;
        List<Integer> durations = new ArrayList<>();
        for (YearMonth month = start; !month.isAfter(end); month = month.plusMonths(1)) {
            months++;
            RunTiming run = runs.get(month.atDay(1));
            if (run == null || run.completedAt() == null) {
                continue;
            }
            answered++;
            LocalDate done = LocalDate.ofInstant(run.completedAt(), BusinessCalendar.ZONE);
            if (!done.isAfter(month.atDay(1))) {
                inTime++;
            }
            durations.add(Math.max(0, calendar.businessDaysBetween(month.atDay(1), done)));
        }
        return new Events(months, answered, inTime, durations);
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}
