package ma.cimr.teleservices.companyaccount;

import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.approval.ApprovedAction;
import ma.cimr.teleservices.companyaccount.PaymentRecording.Checked;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.shared.value.DuePeriod;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A payment above the threshold enters the compte adhérent once a second staff member approves it
 * (DD025), as the proposer typed it; everything is checked again (the bank reference may have been
 * recorded meanwhile), and the n°5 request is answered at the approval: the account is updated then.
 */
@Component
class CompanyPaymentApproval implements ApprovedAction {

    static final String ACTION = "COMPANY_PAYMENT";

    private final PaymentRecording recording;
    private final CurrentUser currentUser;

    CompanyPaymentApproval(PaymentRecording recording, CurrentUser currentUser) {
        this.recording = recording;
        this.currentUser = currentUser;
    }

    static String subject(String bankReference) {
        return "company-payment " + bankReference;
    }

    /** What the second person reads on the approvals page, and what is read back here. */
    static LinkedHashMap<String, String> change(Checked payment) {
        var change = new LinkedHashMap<String, String>();
        change.put("company", payment.company().adherentNumber() + " — " + payment.company().legalName());
        change.put("amount", payment.amount().toPlainString());
        change.put("bankReference", payment.bankReference());
        change.put("valueDate", payment.valueDate().toString());
        change.put("periods", payment.periods().stream()
                .map(part -> part.period() + "=" + part.amount().toPlainString()).collect(Collectors.joining(" ")));
        return change;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Set<Role> deciders() {
        return Set.of(Role.AGENT, Role.SUPERVISOR);
    }

    @Override
    public String casePath(Approval approval) {
        return "backoffice/company-payments";
    }

    @Override
    public void approved(Approval approval) {
        List<PaymentAllocation> periods = new ArrayList<>();
        for (String part : approval.value("periods").split(" ")) {
            String[] periodAndAmount = part.split("=");
            periods.add(new PaymentAllocation(DuePeriod.parse(periodAndAmount[0]), new BigDecimal(periodAndAmount[1])));
        }
        String adherentNumber = approval.value("company").substring(0, 6);
        Checked checked = recording.check(new NewPayment(adherentNumber, new BigDecimal(approval.value("amount")),
                approval.value("bankReference"), LocalDate.parse(approval.value("valueDate")), periods));
        PortalUser approver = currentUser.require();
        recording.write(checked, PaymentSource.BANK_STATEMENT, approver.login(), approver.accountId().value());
    }
}
