package ma.cimr.teleservices.liquidation;

import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.approval.ApprovedAction;
import ma.cimr.teleservices.security.Role;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * A pension is liquidated once a second staff member approved it (DD025, DD035): it commits the fund
 * to a payment every month for life, which one person alone must not decide. The amount is computed
 * again at approval, from the parameters in force then; the proposal showed the one seen at proposal.
 */
@Component
class LiquidationApproval implements ApprovedAction {

    static final String ACTION = "PENSION_LIQUIDATION";

    private final Liquidation liquidation;

    LiquidationApproval(Liquidation liquidation) {
        this.liquidation = liquidation;
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
        return "backoffice/pension-claims/" + approval.subject();
    }

    @Override
    public void approved(Approval approval) {
        liquidation.liquidate(approval.subject());
    }
}
