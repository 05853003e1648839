package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.approval.ApprovedAction;
import ma.cimr.teleservices.security.Role;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A buy-back above the approval threshold is credited once a second staff member approved it
 * (DD025): at the amount and against the payment the proposer typed, at the point price of the
 * day it is approved. Everything is checked again: the request still open and not credited, the
 * payment not credited elsewhere meanwhile.
 */
@Component
class BuyBackCreditApproval implements ApprovedAction {

    static final String ACTION = "BUY_BACK_CREDIT";

    private final BuyBackCrediting crediting;

    BuyBackCreditApproval(BuyBackCrediting crediting) {
        this.crediting = crediting;
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
        return "backoffice/buy-back/" + approval.subject();
    }

    @Override
    public void approved(Approval approval) {
        crediting.credit(approval.subject(), new BigDecimal(approval.value("amount")), approval.value("bankReference"));
    }
}
