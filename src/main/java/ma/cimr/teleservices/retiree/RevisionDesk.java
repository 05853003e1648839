package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.approval.Approvals;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.companyaccount.CompanyPayments;
import ma.cimr.teleservices.companyaccount.RecordedPayment;
import ma.cimr.teleservices.retiree.repository.RevisionRepository;
import ma.cimr.teleservices.retiree.repository.RevisionRepository.NewRecordedRevision;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Staff record a pension revision (DD043): the new monthly amount, why, and the company's payment it
 * rests on when it rests on one. It is paid from the first month the run has yet to pay: recorded,
 * the pension's amount changes and the next run pays it. A change of more than
 * {@code portal.pension-revisions.approval-threshold} a month is proposed, and carried out when a
 * second staff member approves it (DD025): a pension is paid every month for life. Everything is
 * checked again at the approval, and the month it takes effect is taken then.
 */
@Service
public class RevisionDesk {

    static final String STAFF = "hasAnyRole('" + Roles.AGENT + "', '" + Roles.SUPERVISOR + "')";
    private static final BigDecimal TOO_LARGE = BigDecimal.valueOf(1_000_000);

    private final RevisionRepository revisions;
    private final CompanyPayments companyPayments;
    private final Approvals approvals;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final BigDecimal approvalThreshold;

    RevisionDesk(RevisionRepository revisions, CompanyPayments companyPayments, Approvals approvals,
                 AuditTrail auditTrail, CurrentUser currentUser, Clock clock,
                 @Value("${portal.pension-revisions.approval-threshold:500}") BigDecimal approvalThreshold) {
        this.revisions = revisions;
        this.companyPayments = companyPayments;
        this.approvals = approvals;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
        this.approvalThreshold = approvalThreshold;
    }

    /** The pension of that N° DP as a revision starts from, or empty. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public Optional<RevisedPension> pension(String pensionFileNumber) {
        return revisions.pension(normalised(pensionFileNumber));
    }

    /** Above this change of the monthly amount (DH), a second staff member approves the revision. */
    public BigDecimal approvalThreshold() {
        return approvalThreshold;
    }

    /**
     * Records the revision and changes the amount the next run pays; or, for a change above the
     * threshold, proposes it to a second staff member and returns empty: nothing changes until then.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public Optional<RecordedRevision> record(NewRevision form) {
        Checked checked = check(form);
        if (checked.amount().subtract(checked.pension().currentAmount()).abs().compareTo(approvalThreshold) <= 0) {
            write(checked, null);
            return Optional.of(revisions.latestRecorded(1).getFirst());
        }
        approvals.propose(RevisionApproval.ACTION, RevisionApproval.subject(checked.pension().pensionFileNumber()),
                RevisionApproval.change(checked));
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<RecordedRevision> latest(int limit) {
        return revisions.latestRecorded(limit);
    }

    /** What a revision rests on, checked: the pension locked, the amount, the company's payment if any. */
    record Checked(RevisedPension pension, PensionRevision.Motive motive, BigDecimal amount,
                   @Nullable RecordedPayment payment) {
    }

    /**
     * Every rule, before anything is written: the pension exists, a motive, a new amount that differs
     * from the one in payment (a revalued one too: the later of the two is paid, DD046), and for
     * contributions received late the company's payment, recorded in the compte adhérent by a company
     * the affiliate worked for.
     */
    Checked check(NewRevision form) {
        RevisedPension pension = revisions.lockPension(normalised(form.pensionFileNumber()))
                .orElseThrow(() -> new Refusal("retiree.revision.error.unknownPension"));
        if (form.motive() == null) {
            throw new Refusal("retiree.revision.error.motive");
        }
        BigDecimal amount = form.amount() == null ? null : form.amount().setScale(2, RoundingMode.HALF_UP);
        if (amount == null || amount.signum() <= 0 || amount.compareTo(TOO_LARGE) >= 0) {
            throw new Refusal("retiree.revision.error.amount");
        }
        if (amount.compareTo(pension.currentAmount()) == 0) {
            throw new Refusal("retiree.revision.error.sameAmount");
        }
        RecordedPayment payment = null;
        String reference = form.bankReference() == null ? "" : form.bankReference().strip();
        if (!reference.isEmpty()) {
            payment = companyPayments.find(reference)
                    .orElseThrow(() -> new Refusal("retiree.revision.error.unknownPayment", reference));
            if (!revisions.contributedBy(pension.retireeId(), payment.adherentNumber())) {
                throw new Refusal("retiree.revision.error.notTheEmployer", payment.adherentNumber());
            }
        } else if (form.motive() == PensionRevision.Motive.LATE_CONTRIBUTIONS) {
            throw new Refusal("retiree.revision.error.paymentRequired");
        }
        return new Checked(pension, form.motive(), amount, payment);
    }

    /** Writes the settled revision and the new amount, audited; the approver is named when there is one. */
    void write(Checked checked, @Nullable String proposedBy) {
        String login = currentUser.require().login();
        RecordedPayment payment = checked.payment();
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        revisions.record(new NewRecordedRevision(checked.pension().retireeId(), checked.motive(),
                checked.pension().currentAmount(), checked.amount(), checked.pension().nextMonthToPay(),
                payment == null ? null : payment.id(), payment == null ? null : payment.valueDate(),
                proposedBy == null ? login : proposedBy, proposedBy == null ? null : login, clock.instant(), today));
        auditTrail.record(login, "PENSION_REVISED", "pension " + checked.pension().pensionFileNumber(),
                checked.motive() + ": " + checked.pension().currentAmount().toPlainString() + " -> "
                        + checked.amount().toPlainString() + " from " + checked.pension().nextMonthToPay()
                        + (payment == null ? "" : ", company payment " + payment.bankReference() + " of " + payment.valueDate())
                        + (proposedBy == null ? "" : ", proposed by " + proposedBy), null);
    }

    private static String normalised(String pensionFileNumber) {
        return pensionFileNumber == null ? "" : pensionFileNumber.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
