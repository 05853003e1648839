package ma.cimr.teleservices.companyaccount;

import ma.cimr.teleservices.approval.Approvals;
import ma.cimr.teleservices.companyaccount.PaymentRecording.Checked;
import ma.cimr.teleservices.companyaccount.repository.AccountReadModel;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Payments into the compte adhérent. Staff record a line of the fund's bank statement: the company,
 * the amount, the bank's reference (once), the day the bank confirmed it and the periods it settles.
 * The account shows it at once, and the charter's n°5 clock is measured from the bank's confirmation
 * (DD029). Above {@code portal.company-payments.approval-threshold} a second staff member approves
 * it first (DD025). E@sypaiement (issue 12) brings its confirmed payments through
 * {@link #recordConfirmed}, the same checks and the same clock.
 */
@Service
public class CompanyPayments {

    static final String STAFF = "hasAnyRole('" + Roles.AGENT + "', '" + Roles.SUPERVISOR + "')";

    private final PaymentRecording recording;
    private final AccountReadModel accounts;
    private final Approvals approvals;
    private final CurrentUser currentUser;
    private final BigDecimal approvalThreshold;

    CompanyPayments(PaymentRecording recording, AccountReadModel accounts, Approvals approvals, CurrentUser currentUser,
                    @Value("${portal.company-payments.approval-threshold:500000}") BigDecimal approvalThreshold) {
        this.recording = recording;
        this.accounts = accounts;
        this.approvals = approvals;
        this.currentUser = currentUser;
        this.approvalThreshold = approvalThreshold;
    }

    /**
     * Records the payment and answers its n°5 request now; or, above the threshold, proposes it to
     * a second staff member and returns empty (nothing is in the account until approved).
     */
    @Transactional
    @PreAuthorize(STAFF)
    public Optional<RecordedPayment> record(NewPayment payment) {
        Checked checked = recording.check(payment);
        PortalUser clerk = currentUser.require();
        if (checked.amount().compareTo(approvalThreshold) <= 0) {
            return Optional.of(recording.write(checked, PaymentSource.BANK_STATEMENT, clerk.login(),
                    clerk.accountId().value()));
        }
        approvals.propose(CompanyPaymentApproval.ACTION, CompanyPaymentApproval.subject(checked.bankReference()),
                CompanyPaymentApproval.change(checked));
        return Optional.empty();
    }

    /**
     * The entry point of E@sypaiement (issue 12): a payment order the bank confirmed, recorded in the
     * caller's transaction (the one that took the bank's confirmation), under the orderer's login;
     * the periods are those of the order. A reference already recorded is refused, so a confirmation
     * delivered twice records one payment.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RecordedPayment recordConfirmed(NewPayment payment, long ordererAccountId, String actor) {
        return recording.write(recording.check(payment), PaymentSource.EASYPAIEMENT, actor, ordererAccountId);
    }

    /** Above this amount a second staff member approves the payment. */
    public BigDecimal approvalThreshold() {
        return approvalThreshold;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<RecordedPayment> latest(int limit) {
        return accounts.latestPayments(limit);
    }

    /**
     * A payment recorded in the compte adhérent, by its bank reference typed as staff type it (spaces
     * and case as the recording normalises them): what a pension revision resting on a company's
     * payment names, with the day the bank confirmed it (DD043).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public Optional<RecordedPayment> find(String bankReference) {
        String reference = bankReference == null ? "" : bankReference.strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
        return reference.isEmpty() ? Optional.empty() : accounts.payment(reference);
    }

    /** The payments proposed and waiting for a second person, by bank reference, for the staff's page. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<String> awaitingApproval() {
        return approvals.pending(0, 200).stream()
                .filter(approval -> approval.action().equals(CompanyPaymentApproval.ACTION))
                .map(approval -> approval.value("bankReference") + " — " + approval.value("company") + " — "
                        + approval.value("amount") + " — " + approval.proposedBy())
                .collect(Collectors.toList());
    }
}
