package ma.cimr.teleservices.companyaccount;

import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.approval.ApprovedAction;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.companyaccount.repository.LatePaymentRateRepository;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Role;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * A surcharge rate counts once an administrator other than its proposer approves it (DD025): it is
 * checked again, written, and audited by the approver with the row it replaced at that moment.
 */
@Component
class LatePaymentRateApproval implements ApprovedAction {

    static final String ACTION = "LATE_PAYMENT_RATE";

    private final LatePaymentRateRepository rates;
    private final LatePaymentRates service;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;

    LatePaymentRateApproval(LatePaymentRateRepository rates, LatePaymentRates service, AuditTrail auditTrail,
                            CurrentUser currentUser, Clock clock) {
        this.rates = rates;
        this.service = service;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    static String subject(LocalDate appliesFrom) {
        return "late_payment_rate " + appliesFrom;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Set<Role> deciders() {
        return Set.of(Role.ADMINISTRATOR);
    }

    @Override
    public String casePath(Approval approval) {
        return "backoffice/late-payment-rates";
    }

    @Override
    public void approved(Approval approval) {
        LocalDate appliesFrom = LocalDate.parse(approval.value("appliesFrom"));
        BigDecimal percent = LatePaymentRates.percent(new BigDecimal(approval.value("value")));
        int dueDay = Integer.parseInt(approval.value("dueDay"));
        LatePaymentRates.requireDueDay(dueDay);
        String before = service.was(appliesFrom);
        String approver = currentUser.require().login();
        rates.save(new LatePaymentRate(appliesFrom, percent, dueDay, approver, clock.instant()));
        auditTrail.record(approver, "LATE_PAYMENT_RATE_SAVED", subject(appliesFrom),
                before + " -> " + percent.toPlainString() + " % / " + dueDay, null);
    }
}
