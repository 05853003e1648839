package ma.cimr.teleservices.subscription;

import ma.cimr.teleservices.security.CompanyId;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.request.RequestSummary;
import ma.cimr.teleservices.account.AccountService;
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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fund's side of subscriptions: the signed form's receipt, which files the service request
 * whose deadline the charter promises (commitment adhérents n°1: 4 business days from the complete
 * file), then the validation that opens the delegate's account, or a rejection with its reason.
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
    private final AccountService accounts;
    private final AuditTrail auditTrail;
    private final Outbox outbox;
    private final PortalI18NProvider i18n;
    private final CurrentUser currentUser;
    private final SubscriptionFormPdf pdf;
    private final Clock clock;

    SubscriptionDesk(CompanySubscriptionRepository subscriptions, RequestDesk requests, AccountService accounts,
                     AuditTrail auditTrail, Outbox outbox, PortalI18NProvider i18n, CurrentUser currentUser,
                     SubscriptionFormPdf pdf, Clock clock) {
        this.subscriptions = subscriptions;
        this.requests = requests;
        this.accounts = accounts;
        this.auditTrail = auditTrail;
        this.outbox = outbox;
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
        Subscription subscription = find(reference, false).subscription();
        RequestSummary request = subscription.requestReference() == null ? null
                : requests.detail(subscription.requestReference()).summary();
        return new SubscriptionCase(subscription, request, subscription.abandoned(clock.instant()));
    }

    /**
     * The signed and stamped form arrived: the charter's clock starts now. A COMPANY_SUBSCRIPTION
     * request is filed for the delegate, with its due date, and they get its acknowledgement.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public RequestReceipt recordFormReceipt(String reference, Channel channel) {
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
        Locale language = CompanySubscriptions.languageOf(subscription);
        ContactPerson delegate = subscription.delegate();
        RequestReceipt receipt = requests.enterThroughFeature(new NewRequest(REQUEST_TYPE, channel, language.getLanguage(),
                text(language, "delegateSubscription.request.subject", subscription.legalName(),
                        subscription.adherentNumber()),
                text(language, "delegateSubscription.request.description", subscription.reference(),
                        delegate.fullName(), delegate.email()),
                delegate.fullName(), delegate.email(), null));
        subscriptions.markFormReceived(stored.id(), clock.instant(), receipt.reference());
        auditTrail.record(currentUser.require().login(), "SUBSCRIPTION_FORM_RECEIVED", subscription.reference(),
                "request " + receipt.reference() + ", due " + receipt.dueDate(), null);
        return receipt;
    }

    /**
     * The signed form matches: the delegate's account opens (login = the adherent number, the
     * confirmed e-mail, the password chosen in the form), the company's numbers and head are kept,
     * the request is answered and closed. The e-mail gives the login, never a password.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public void validate(String reference) {
        Stored stored = find(reference, true);
        Subscription subscription = stored.subscription();
        switch (subscription.status()) {
            case FORM_RECEIVED -> { }
            case AWAITING_EMAIL -> throw new Refusal("delegateSubscription.error.notConfirmed");
            case SUBMITTED -> throw new Refusal("delegateSubscription.error.formNotReceived");
            case VALIDATED, REJECTED -> throw new Refusal("delegateSubscription.error.decided");
        }
        Instant now = clock.instant();
        boolean hasDelegate = subscriptions.standing(subscription.adherentNumber(), now, true)
                .map(CompanySubscriptionRepository.Standing::hasDelegate).orElse(true);
        if (hasDelegate) {
            throw new Refusal("delegateSubscription.error.hasDelegate");
        }
        ContactPerson delegate = subscription.delegate();
        accounts.openDelegateAccount(CompanyId.of(stored.companyId()), subscription.adherentNumber(), delegate.fullName(),
                delegate.email(), stored.passwordHash());
        subscriptions.saveCompanyDetails(stored.companyId(), subscription.rcNumber(), subscription.patenteNumber(),
                subscription.website(), subscription.head(), now);
        String staff = currentUser.require().login();
        subscriptions.markValidated(stored.id(), now, staff);
        Locale language = CompanySubscriptions.languageOf(subscription);
        tellApplicant(subscription, text(language, "delegateSubscription.answer.validated", subscription.legalName(),
                subscription.adherentNumber()));
        auditTrail.record(staff, "SUBSCRIPTION_VALIDATED", subscription.reference(),
                "delegate " + subscription.adherentNumber(), null);
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
        Locale language = CompanySubscriptions.languageOf(subscription);
        tellApplicant(subscription, text(language, "delegateSubscription.answer.rejected", subscription.reference(), why));
        auditTrail.record(staff, "SUBSCRIPTION_REJECTED", subscription.reference(), why, null);
    }

    /** The form as the applicant printed it, to compare with the signed paper. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public SubscriptionDocument printableForm(String reference, Locale locale) {
        return pdf.render(find(reference, false).subscription(), locale);
    }

    /** One e-mail per decision: the answer that closes the open request, or a message of its own. */
    private void tellApplicant(Subscription subscription, String message) {
        String request = subscription.requestReference();
        if (request != null && requests.detail(request).summary().status().isOpen()) {
            requests.answer(request, message);
            return;
        }
        Locale language = CompanySubscriptions.languageOf(subscription);
        outbox.email(subscription.delegate().email(),
                text(language, "delegateSubscription.mail.decision.subject", subscription.reference()),
                text(language, "delegateSubscription.mail.decision.body", subscription.delegate().fullName(), message));
    }

    private Stored find(String reference, boolean lock) {
        return subscriptions.findByReference(reference == null ? "" : reference, lock)
                .orElseThrow(() -> new Refusal("delegateSubscription.error.notFound"));
    }

    private String text(Locale locale, String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }
}
