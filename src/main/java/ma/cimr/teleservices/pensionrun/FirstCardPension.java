package ma.cimr.teleservices.pensionrun;

import ma.cimr.teleservices.pensionrun.repository.CatchUpRepository;
import ma.cimr.teleservices.pensionrun.repository.CatchUpRepository.Activation;
import ma.cimr.teleservices.request.CommitmentMeasure;
import ma.cimr.teleservices.request.Population;
import ma.cimr.teleservices.request.ServiceCommitment;
import ma.cimr.teleservices.shared.BusinessCalendar;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Allocataires n°2, "the first pension within 4 business days of the RAHATI card's activation",
 * measured from its own event: each activation of a card the portal pays (not one paid before the
 * portal's runs, as the demo's history is), kept when the first
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
    public Events events(ServiceCommitment commitment, LocalDate from, LocalDate to, BusinessCalendar calendar) {
        List<Activation> activations = records.activations(from, to, accounts.rahatiBankCode());
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
        return new Events(activations.size(), answered, inTime, durations);
    }
}
