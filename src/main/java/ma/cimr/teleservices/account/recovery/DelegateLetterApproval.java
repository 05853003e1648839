package ma.cimr.teleservices.account.recovery;

import ma.cimr.teleservices.account.EmailChanges;
import ma.cimr.teleservices.account.recovery.repository.DelegateLetterRepository;
import ma.cimr.teleservices.account.recovery.repository.DelegateLetterRepository.PendingLetter;
import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.approval.ApprovedAction;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.shared.PortalLinks;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.links.IssuedLink;
import ma.cimr.teleservices.shared.links.LinkPurpose;
import ma.cimr.teleservices.shared.links.OneTimeLinks;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * What a delegate letter asks, done once a second staff member approved it (DD025): a reset
 * letter e-mails the delegate a one-time link to their confirmed address; an e-mail update letter
 * e-mails a confirmation link to the new address (the old one stays in force until it is opened).
 * Then the letter's service request is answered. Everything is checked again, as things may have
 * changed since the proposal; the approver is who sent the link.
 */
@Component
class DelegateLetterApproval implements ApprovedAction {

    static final String ACTION = "DELEGATE_LETTER";
    /** The change's entry naming the letter. */
    static final String LETTER = "letter";
    static final Duration RESET_LINK_VALIDITY = Duration.ofHours(48);

    private final DelegateLetterRepository letters;
    private final RequestDesk requestDesk;
    private final EmailChanges emailChanges;
    private final RecoveryMails mails;
    private final PortalLinks links;
    private final OneTimeLinks oneTimeLinks;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final PortalI18NProvider i18n;
    private final Clock clock;

    DelegateLetterApproval(DelegateLetterRepository letters, RequestDesk requestDesk, EmailChanges emailChanges,
                           RecoveryMails mails, PortalLinks links, OneTimeLinks oneTimeLinks, AuditTrail auditTrail,
                           CurrentUser currentUser, PortalI18NProvider i18n, Clock clock) {
        this.letters = letters;
        this.requestDesk = requestDesk;
        this.emailChanges = emailChanges;
        this.mails = mails;
        this.links = links;
        this.oneTimeLinks = oneTimeLinks;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public String action() {
        return ACTION;
    }

    /** Those who work the letters desk. */
    @Override
    public Set<Role> deciders() {
        return Set.of(Role.AGENT, Role.SUPERVISOR);
    }

    /** The letter's request: its scan is there, to compare with what is proposed. */
    @Override
    public String casePath(Approval approval) {
        return "backoffice/requests/" + approval.subject();
    }

    @Override
    public void approved(Approval approval) {
        PendingLetter letter = letters.lockPending(Long.parseLong(approval.value(LETTER)))
                .orElseThrow(() -> new Refusal("recovery.error.letterProcessed"));
        CompanyDelegate delegate = letters.findCompany(letter.adherentNumber())
                .orElseThrow(() -> new Refusal("recovery.error.noDelegate"));
        Long delegateAccountId = delegate.delegateAccountId();
        if (delegateAccountId == null) {
            throw new Refusal("recovery.error.noDelegate");
        }
        Locale locale = RecoveryMails.localeOf(delegate.preferredLocale(), PortalI18NProvider.FRENCH);
        String staff = currentUser.require().login();
        switch (letter.kind()) {
            case PASSWORD_RESET -> {
                String email = delegate.delegateEmail();
                String login = delegate.delegateLogin();
                String name = delegate.delegateName();
                if (!delegate.emailConfirmed() || email == null) {
                    throw new Refusal("recovery.error.delegateEmailUnconfirmed");
                }
                if (login == null || name == null) {
                    // the company's delegate account comes with its login and name, or there is none
                    throw new Refusal("recovery.error.noDelegate");
                }
                // a new letter's link replaces any earlier one not used: only the newest works
                IssuedLink link = oneTimeLinks.replace(LinkPurpose.PASSWORD_RESET, delegateAccountId,
                        RESET_LINK_VALIDITY);
                letters.recordResetLink(letter.id(), link.id());
                mails.resetLink(email, login, name, links.withToken("reset-password", link.token()), RESET_LINK_VALIDITY, locale);
                auditTrail.record(staff, "DELEGATE_RESET_LINK_SENT", delegate.delegateLogin(),
                        "request " + letter.requestReference() + ", link to the confirmed address, proposed by "
                                + approval.proposedBy(), null);
            }
            case EMAIL_UPDATE -> {
                String newEmail = letter.newEmail();
                if (newEmail == null) {
                    throw new Refusal("recovery.error.newEmail");
                }
                try {
                    emailChanges.request(delegateAccountId, newEmail, locale);
                } catch (IllegalArgumentException e) {
                    throw new Refusal("recovery.error.newEmail");
                }
                auditTrail.record(staff, "DELEGATE_EMAIL_CHANGE_SENT", delegate.delegateLogin(),
                        "request " + letter.requestReference() + ", confirmation link to " + letter.newEmail()
                                + ", proposed by " + approval.proposedBy(), null);
            }
        }
        letters.markProcessed(letter.id(), staff, clock.instant());
        if (requestDesk.detail(letter.requestReference()).summary().status().isOpen()) {
            requestDesk.answer(letter.requestReference(),
                    i18n.getTranslation("recovery.letter.answer." + letter.kind().name(), locale));
        }
    }
}
