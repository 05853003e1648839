package ma.cimr.teleservices.pensionrun;

import ma.cimr.teleservices.pensionrun.repository.CatchUpRepository;
import ma.cimr.teleservices.pensionrun.repository.CatchUpRepository.Activation;
import ma.cimr.teleservices.request.CharterDashboard;
import ma.cimr.teleservices.request.CommitmentFigures;
import ma.cimr.teleservices.request.CommitmentMeasure;
import ma.cimr.teleservices.request.Population;
import ma.cimr.teleservices.request.ServiceCommitment;
import ma.cimr.teleservices.shared.BusinessCalendar;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Allocataires n°2, "the first pension within 4 business days of the RAHATI card's activation",
 * measured from its own event: each activation since the portal's first run, kept when the first
 * file paying that card (a catch-up or a run) left within 4 business days. The activation date is
 * set once, the file's time by the sending (DD037).
 */
@Component
class FirstCardPension implements CommitmentMeasure {

    private final CatchUpRepository records;
    private final PaymentAccounts accounts;

    FirstCardPension(CatchUpRepository records, PaymentAccounts accounts) {
        this.records = records;
        this.accounts = accounts;
    }

    @Override
    public Population population() {
        return Population.RETIREE;
    }

    @Override
    public int number() {
        return 2;
    }

    @Override
    public CommitmentFigures figures(ServiceCommitment commitment, LocalDate from, LocalDate to,
                                     BusinessCalendar calendar) {
        Instant firstRun = records.firstRunStartedAt().orElse(null);
        if (firstRun == null) {
            return new CommitmentFigures(commitment, 0, 0, 0, null);
        }
        LocalDate since = LocalDate.ofInstant(firstRun, BusinessCalendar.ZONE);
        List<Activation> activations = records.activations(from.isBefore(since) ? since : from, to,
                accounts.rahatiBankCode());
        int answered = 0;
        int inTime = 0;
        List<Integer> durations = new ArrayList<>();
        for (Activation activation : activations) {
            if (activation.firstSentAt() == null) {
                continue;
            }
            answered++;
            LocalDate paid = LocalDate.ofInstant(activation.firstSentAt(), BusinessCalendar.ZONE);
            int days = Math.max(0, calendar.businessDaysBetween(activation.activatedOn(), paid));
            if (!paid.isAfter(calendar.plusBusinessDays(activation.activatedOn(),
                    java.util.Objects.requireNonNullElse(commitment.deadlineBusinessDays(), 4)))) {
                inTime++;
            }
            durations.add(days);
        }
        return new CommitmentFigures(commitment, activations.size(), answered, inTime,
                CharterDashboard.median(durations));
    }
}
