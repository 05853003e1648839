package ma.cimr.teleservices.subscription;

import ma.cimr.teleservices.security.CompanyId;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.approval.ApprovedAction;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.subscription.repository.CompanySubscriptionRepository;
import ma.cimr.teleservices.subscription.repository.CompanySubscriptionRepository.Stored;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * A subscription validated, once a second staff member approved it (DD025): the delegate's
 * account opens (login = the adherent number, the confirmed e-mail, the password chosen in the
 * form), the company's numbers and head are kept, the request is answered and closed. The e-mail
 * gives the login, never a password. Whoever recorded the signed form's receipt never validates
 * it, whoever proposed the validation.
 */
@Component
class SubscriptionValidationApproval implements ApprovedAction {

    static final String ACTION = "SUBSCRIPTION_VALIDATION";

    private final CompanySubscriptionRepository subscriptions;
    private final AccountService accounts;
    private final ApplicantAnswers answers;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;

    SubscriptionValidationApproval(CompanySubscriptionRepository subscriptions, AccountService accounts,
                                   ApplicantAnswers answers, AuditTrail auditTrail, CurrentUser currentUser,
                                   Clock clock) {
        this.subscriptions = subscriptions;
        this.accounts = accounts;
        this.answers = answers;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
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
        return "backoffice/subscriptions/" + approval.subject();
    }

    @Override
    public void approved(Approval approval) {
        Stored stored = subscriptions.findByReference(approval.subject(), true)
                .orElseThrow(() -> new Refusal("delegateSubscription.error.notFound"));
        Subscription subscription = stored.subscription();
        SubscriptionDesk.requireFormReceived(subscription);
        String staff = currentUser.require().login();
        if (staff.equals(stored.formReceivedBy())) {
            throw new Refusal("delegateSubscription.error.receivedBySelf");
        }
        Instant now = clock.instant();
        boolean hasDelegate = subscriptions.standing(subscription.adherentNumber(), now, true)
                .map(CompanySubscriptionRepository.Standing::hasDelegate).orElse(true);
        if (hasDelegate) {
            throw new Refusal("delegateSubscription.error.hasDelegate");
        }
        String passwordHash = stored.passwordHash();
        if (passwordHash == null) {
            // the table keeps the chosen password's hash until the subscription is decided
            throw new Refusal("delegateSubscription.error.decided");
        }
        ContactPerson delegate = subscription.delegate();
        accounts.openDelegateAccount(CompanyId.of(stored.companyId()), subscription.adherentNumber(), delegate.fullName(),
                delegate.delegateEmail(), passwordHash);
        subscriptions.saveCompanyDetails(stored.companyId(), subscription.rcNumber(), subscription.patenteNumber(),
                subscription.website(), subscription.head(), now);
        subscriptions.markValidated(stored.id(), now, staff);
        Locale language = CompanySubscriptions.languageOf(subscription);
        answers.tell(subscription, answers.text(language, "delegateSubscription.answer.validated",
                subscription.legalName(), subscription.adherentNumber()));
        auditTrail.record(staff, "SUBSCRIPTION_VALIDATED", subscription.reference(),
                "delegate " + subscription.adherentNumber() + ", form received by " + stored.formReceivedBy()
                        + ", validation proposed by " + approval.proposedBy(), null);
    }
}
