package ma.cimr.teleservices.pensionrun;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.bank.BankAnswer;
import ma.cimr.teleservices.bank.BankAnswerHandler;
import ma.cimr.teleservices.bank.BankPurpose;
import ma.cimr.teleservices.pensionrun.repository.PensionRunRepository;
import org.springframework.stereotype.Component;

/**
 * What the banks say about the run's transfers: a rejected or returned one makes its month
 * RETURNED with the bank's reason, which the retiree's space shows; a confirmation changes
 * nothing (the month was PAID when the file left). A returned month is paid again by a later run
 * once the retiree's account or payment mode has changed (DD037).
 */
@Component
class ReturnedPayments implements BankAnswerHandler {

    private final PensionRunRepository runs;
    private final AuditTrail auditTrail;

    ReturnedPayments(PensionRunRepository runs, AuditTrail auditTrail) {
        this.runs = runs;
        this.auditTrail = auditTrail;
    }

    @Override
    public BankPurpose purpose() {
        return BankPurpose.PENSION_RUN;
    }

    @Override
    public void onAnswer(BankAnswer answer) {
        if (answer.outcome() == BankAnswer.Outcome.CONFIRMED) {
            return;
        }
        EndToEndIds.parse(answer.endToEndId()).ifPresent(month -> {
            String reason = answer.reason() == null || answer.reason().isBlank() ? answer.outcome().name()
                    : answer.reason().strip();
            if (runs.markReturned(month.pensionFileNumber(), month.duePeriod(), reason)) {
                auditTrail.record("bank", "PENSION_PAYMENT_RETURNED", month.pensionFileNumber(),
                        month.duePeriod() + " " + answer.outcome() + " (" + answer.messageId() + "): " + reason, null);
            }
        });
    }
}
