package ma.cimr.teleservices.pensionrun;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One month's run as staff follow it: its state, how far it got, what it paid. The counts are
 * null until every payment of the month is written.
 */
public record PensionRunSummary(LocalDate duePeriod, RunStatus status, LocalDate executionDate, Instant startedAt,
                                String startedBy, long paidUpTo, @Nullable BigDecimal revaluationRate,
                                @Nullable Integer paid, @Nullable Integer suspended, @Nullable Integer arrears,
                                @Nullable BigDecimal netTotal, @Nullable Instant completedAt,
                                @Nullable String lastError) {

    /** Whether the month is done: every payment written and every bank's file sent. */
    public boolean completed() {
        return status == RunStatus.COMPLETED;
    }
}
