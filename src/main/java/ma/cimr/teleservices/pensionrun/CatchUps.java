package ma.cimr.teleservices.pensionrun;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.pensionrun.repository.CatchUpRepository;
import ma.cimr.teleservices.pensionrun.repository.PensionRunRepository.BankShare;
import ma.cimr.teleservices.shared.BusinessCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A first RAHATI pension is paid within 4 business days of the card's activation (allocataires
 * n°2), not on the next 1st if that is later: once the card is activated, the job pays every month
 * due since the pension's start that no run has paid, in a file of its own to the card issuer's
 * bank. One transaction per card, under the retiree's row lock: two instances pay it once.
 */
@Component
class CatchUps {

    private final CatchUpRepository catchUps;
    private final BankFiles bankFiles;
    private final AuditTrail auditTrail;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CatchUps(CatchUpRepository catchUps, BankFiles bankFiles, AuditTrail auditTrail, TransactionTemplate transaction,
             Clock clock) {
        this.catchUps = catchUps;
        this.bankFiles = bankFiles;
        this.auditTrail = auditTrail;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Pays every activated card still owed a month; returns how many catch-ups were sent. */
    int payDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        LocalDate month = YearMonth.from(today).atDay(1);
        int sent = 0;
        for (long retireeId : catchUps.dueCatchUps(month)) {
            if (Boolean.TRUE.equals(transaction.execute(status -> payOne(retireeId, month, today)))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean payOne(long retireeId, LocalDate month, LocalDate today) {
        catchUps.lockRetiree(retireeId);
        Optional<Long> catchUp = catchUps.openCatchUp(retireeId, month, today, clock.instant());
        if (catchUp.isEmpty()) {
            return false;
        }
        long id = catchUp.get();
        BankShare share = catchUps.share(id, bankFiles.rahatiBankCode());
        if (share.transfers() > 0) {
            bankFiles.send("PC-" + id + "-" + share.bankCode(), share, today, catchUps.transfers(id), null, id);
        }
        auditTrail.record(PensionRuns.SYSTEM, "PENSION_CATCH_UP_PAID", Long.toString(retireeId),
                share.transfers() + " months, " + share.controlSum().toPlainString() + " net", null);
        return true;
    }
}
