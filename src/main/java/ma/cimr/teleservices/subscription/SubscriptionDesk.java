package ma.cimr.teleservices.subscription;

import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.approval.Approvals;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.request.Attachment;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.request.RequestSummary;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.subscription.repository.CompanySubscriptionRepository;
import ma.cimr.teleservices.subscription.repository.CompanySubscriptionRepository.Stored;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fund's side of subscriptions: the signed form's receipt, which files the service request
 * whose deadline the charter promises (commitment adhérents n°1: 4 business days from the complete
 * file), then the validation that opens the delegate's account (approved by a second staff member,
 * DD025), or a rejection with its reason.
 * The applicant hears of each decision once, by e-mail: as the answer to their service request
 * when it is open, directly otherwise.
 */
@Service
public class SubscriptionDesk {

    static final String STAFF = "hasAnyRole('AGENT', 'SUPERVISOR')";
    static final String REQUEST_TYPE = "COMPANY_SUBSCRIPTION";
    /** How a signed and stamped form reaches the fund: by post, or dropped at an agency. */
    public static final Set<Channel> FORM_CHANNELS = Set.of(Channel.POST, Channel.AGENCY);

    private final CompanySubscriptionRepository subscriptions;
    private final RequestDesk requests;
    private final Approvals approvals;
    private final ApplicantAnswers answers;
    private final AuditTrail auditTrail;
    private final PortalI18NProvider i18n;
    private final CurrentUser currentUser;
    private final SubscriptionFormPdf pdf;
    private final Clock clock;

    SubscriptionDesk(CompanySubscriptionRepository subscriptions, RequestDesk requests, Approvals approvals,
                     ApplicantAnswers answers, AuditTrail auditTrail, PortalI18NProvider i18n, CurrentUser currentUser,
                     SubscriptionFormPdf pdf, Clock clock) {
        this.subscriptions = subscriptions;
        this.requests = requests;
        this.approvals = approvals;
        this.answers = answers;
        this.auditTrail = auditTrail;
        this.i18n = i18n;
        this.currentUser = currentUser;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** Newest first; every status when {@code status} is null. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<Subscription> list(@Nullable SubscriptionStatus status, int offset, int limit) {
        return subscriptions.list(status, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public int count(@Nullable SubscriptionStatus status) {
        return subscriptions.count(status);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public SubscriptionCase detail(String reference) {
        Stored stored = find(reference, false);
        Subscription subscription = stored.subscription();
        RequestSummary request = subscription.requestReference() == null ? null
                : requests.detail(subscription.requestReference()).summary();
        Approval proposal = approvals.pendingOn(subscription.reference()).orElse(null);
        boolean mayValidate = proposal != null && approvals.mayApprove(proposal)
                && !currentUser.require().login().equals(stored.formReceivedBy());
        return new SubscriptionCase(subscription, request, subscription.abandoned(clock.instant()),
                stored.formReceivedBy(), proposal, mayValidate);
    }

    /**
     * The signed and stamped form arrived: the charter's clock starts now. A COMPANY_SUBSCRIPTION
     * request is filed for the delegate with the form's scan, with its due date, and they get its
     * acknowledgement. The validation is proposed at once, for another staff member to approve:
     * whoever recorded the form never validates it (DD025).
     */
    @Transactional
    @PreAuthorize(STAFF)
    public RequestReceipt recordFormReceipt(String reference, Channel channel, @Nullable Attachment scan) {
        if (!FORM_CHANNELS.contains(channel)) {
            throw new Refusal("delegateSubscription.error.channel");
        }
        Stored stored = find(reference, true);
        Subscription subscription = stored.subscription();
        switch (subscription.status()) {
            case SUBMITTED -> { }
            case AWAITING_EMAIL -> throw new Refusal("delegateSubscription.error.notConfirmed");
            case FORM_RECEIVED -> throw new Refusal("delegateSubscription.error.alreadyReceived");
            case VALIDATED, REJECTED -> throw new Refusal("delegateSubscription.error.decided");
        }
        if (scan == null) {
            throw new Refusal("delegateSubscription.error.scanRequired");
        }
        Locale language = CompanySubscriptions.languageOf(subscription);
        ContactPerson delegate = subscription.delegate();
        RequestReceipt receipt = requests.enterThroughFeature(new NewRequest(REQUEST_TYPE, channel, language.getLanguage(),
                text(language, "delegateSubscription.request.subject", subscription.legalName(),
                        subscription.adherentNumber()),
                text(language, "delegateSubscription.request.description", subscription.reference(),
                        delegate.fullName(), delegate.delegateEmail()),
                delegate.fullName(), delegate.delegateEmail(), null), List.of(scan));
        String staff = currentUser.require().login();
        subscriptions.markFormReceived(stored.id(), clock.instant(), receipt.reference(), staff);
        auditTrail.record(staff, "SUBSCRIPTION_FORM_RECEIVED", subscription.reference(),
                "request " + receipt.reference() + ", due " + receipt.dueDate(), null);
        proposeValidation(subscription, receipt.reference());
        return receipt;
    }

    /**
     * Proposes the validation again, after a second person rejected the last proposal (the scan
     * replaced, a doubt cleared): another staff member, who did not record the form, approves it.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public void proposeValidation(String reference) {
        Subscription subscription = find(reference, true).subscription();
        requireFormReceived(subscription);
        String request = subscription.requestReference();
        if (request == null) {
            // the received form is filed as a request: without one, it was not received
            throw new Refusal("delegateSubscription.error.formNotReceived");
        }
        proposeValidation(subscription, request);
    }

    private void proposeValidation(Subscription subscription, String requestReference) {
        var change = new LinkedHashMap<String, String>();
        change.put("company", subscription.legalName() + " (" + subscription.adherentNumber() + ")");
        change.put("delegate", subscription.delegate().fullName());
        change.put("email", subscription.delegate().delegateEmail());
        change.put("request", requestReference);
        approvals.propose(SubscriptionValidationApproval.ACTION, subscription.reference(), change);
    }

    /**
     * The signed form matches: the validation proposed when it was received is approved by the
     * signed-in staff member, who must be neither who recorded the form nor who proposed it
     * ({@link SubscriptionValidationApproval} then opens the delegate's account, DD025).
     */
    @Transactional
    @PreAuthorize(STAFF)
    public void validate(String reference) {
        Stored stored = find(reference, true);
        requireFormReceived(stored.subscription());
        if (currentUser.require().login().equals(stored.formReceivedBy())) {
            throw new Refusal("delegateSubscription.error.receivedBySelf");
        }
        if (approvals.pendingOn(stored.subscription().reference()).isEmpty()) {
            throw new Refusal("delegateSubscription.error.noProposal");
        }
        approvals.approveOn(stored.subscription().reference());
    }

    static void requireFormReceived(Subscription subscription) {
        switch (subscription.status()) {
            case FORM_RECEIVED -> { }
            case AWAITING_EMAIL -> throw new Refusal("delegateSubscription.error.notConfirmed");
            case SUBMITTED -> throw new Refusal("delegateSubscription.error.formNotReceived");
            case VALIDATED, REJECTED -> throw new Refusal("delegateSubscription.error.decided");
        }
    }

    /** Refused, with the reason the applicant reads; a submitted subscription may be refused before its form arrives. */
    @Transactional
    @PreAuthorize(STAFF)
    public void reject(String reference, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal("delegateSubscription.error.reasonRequired");
        }
        Stored stored = find(reference, true);
        Subscription subscription = stored.subscription();
        switch (subscription.status()) {
            case SUBMITTED, FORM_RECEIVED -> { }
            case AWAITING_EMAIL -> throw new Refusal("delegateSubscription.error.notConfirmed");
            case VALIDATED, REJECTED -> throw new Refusal("delegateSubscription.error.decided");
        }
        String staff = currentUser.require().login();
        String why = reason.strip();
        subscriptions.markRejected(stored.id(), clock.instant(), staff, why);
        approvals.withdrawOn(subscription.reference(), why);
        Locale language = CompanySubscriptions.languageOf(subscription);
        answers.tell(subscription, text(language, "delegateSubscription.answer.rejected", subscription.reference(), why));
        auditTrail.record(staff, "SUBSCRIPTION_REJECTED", subscription.reference(), why, null);
    }

    /** The form as the applicant printed it, to compare with the signed paper. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public SubscriptionDocument printableForm(String reference, Locale locale) {
        return pdf.render(find(reference, false).subscription(), locale);
    }

    private Stored find(String reference, boolean lock) {
        return subscriptions.findByReference(reference == null ? "" : reference, lock)
                .orElseThrow(() -> new Refusal("delegateSubscription.error.notFound"));
    }

    private String text(Locale locale, String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }
}
