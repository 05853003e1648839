package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.approval.ApprovedAction;
import ma.cimr.teleservices.security.Role;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Set;

/**
 * A revision changing a pension by more than the threshold is recorded once a second staff member
 * approves it (DD025, DD043), as the proposer typed it; everything is checked again, and the month it
 * takes effect is the first the run has yet to pay at the approval.
 */
@Component
class RevisionApproval implements ApprovedAction {

    static final String ACTION = "PENSION_REVISION";

    private final RevisionDesk desk;

    RevisionApproval(RevisionDesk desk) {
        this.desk = desk;
    }

    static String subject(String pensionFileNumber) {
        return "pension-revision " + pensionFileNumber;
    }

    /** What the second person reads on the approvals page, and what is read back here. */
    static LinkedHashMap<String, String> change(RevisionDesk.Checked checked) {
        var change = new LinkedHashMap<String, String>();
        change.put("kind", "retiree.revision.approvalKind");
        change.put("pensionFile", checked.pension().pensionFileNumber() + " — " + checked.pension().holderName());
        change.put("motive", checked.motive().name());
        change.put("before", checked.pension().currentAmount().toPlainString());
        change.put("monthlyAmount", checked.amount().toPlainString());
        if (checked.payment() != null) {
            change.put("bankReference", checked.payment().bankReference());
            change.put("valueDate", checked.payment().valueDate().toString());
        }
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
        return "backoffice/pension-revisions";
    }

    @Override
    public void approved(Approval approval) {
        String fileNumber = approval.value("pensionFile").substring(0, 9);
        String reference = approval.change().get("bankReference");
        RevisionDesk.Checked checked = desk.check(new NewRevision(fileNumber,
                PensionRevision.Motive.valueOf(approval.value("motive")), new BigDecimal(approval.value("monthlyAmount")),
                reference));
        desk.write(checked, approval.proposedBy());
    }
}
