package ma.cimr.teleservices.account;

import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.notification.Recipients;
import ma.cimr.teleservices.account.repository.CredentialRepository;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.links.IssuedLink;
import ma.cimr.teleservices.shared.links.LinkPurpose;
import ma.cimr.teleservices.shared.links.OneTimeLink;
import ma.cimr.teleservices.shared.links.OneTimeLinks;
import ma.cimr.teleservices.shared.PortalLinks;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * A new e-mail address for an existing account only counts once a link sent to it is opened:
 * until then the old address stays in force, so a typo or somebody else's address never receives
 * the account's codes and logins. The old address is told a change was asked.
 *
 * <p>Nothing here decides who may change whose address: the callers do.
 */
@Service
public class EmailChanges {

    static final Duration LINK_VALIDITY = Duration.ofHours(48);

    private final CredentialRepository credentials;
    private final Outbox outbox;
    private final PortalI18NProvider i18n;
    private final PortalLinks links;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final OneTimeLinks oneTimeLinks;
    private final Clock clock;

    EmailChanges(CredentialRepository credentials, Outbox outbox, PortalI18NProvider i18n, PortalLinks links,
                 AuditTrail auditTrail, CurrentUser currentUser, OneTimeLinks oneTimeLinks, Clock clock) {
        this.credentials = credentials;
        this.outbox = outbox;
        this.i18n = i18n;
        this.links = links;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.oneTimeLinks = oneTimeLinks;
        this.clock = clock;
    }

    @Transactional
    public void request(long accountId, String newEmail, Locale locale) {
        String address;
        try {
            address = Recipients.emailAddress(newEmail);
        } catch (IllegalArgumentException e) {
            throw new Refusal("email.error.format");
        }
        var account = credentials.loginAndEmail(accountId)
                .orElseThrow(() -> new IllegalArgumentException("no such account"));
        // an earlier link to another address keeps working until one of them is opened
        IssuedLink link = oneTimeLinks.issue(LinkPurpose.EMAIL_CHANGE, accountId, LINK_VALIDITY);
        credentials.addEmailChange(link.id(), address);
        String token = link.token();
        outbox.email(address, i18n.getTranslation("email.mail.confirm.subject", locale, account.login()),
                i18n.getTranslation("email.mail.confirm.body", locale, account.login(),
                        links.withToken("confirm-email", token), LINK_VALIDITY.toHours()));
        account.email().filter(old -> !old.equalsIgnoreCase(address)).ifPresent(old ->
                outbox.email(old, i18n.getTranslation("email.mail.notice.subject", locale, account.login()),
                        i18n.getTranslation("email.mail.notice.body", locale, account.login())));
        String actor = currentUser.find().map(PortalUser::login).orElse(account.login());
        auditTrail.record(actor, "EMAIL_CHANGE_REQUESTED", account.login(), address, null);
    }

    @Transactional(readOnly = true)
    public boolean linkIsValid(String token) {
        return oneTimeLinks.find(LinkPurpose.EMAIL_CHANGE, token).isPresent();
    }

    /**
     * The owner of the new address opened the link: it is now the account's, and the account's
     * other pending changes die (an older link to another address must not undo this one later).
     * Returns the address.
     */
    @Transactional
    public String confirm(String token) {
        OneTimeLink link = oneTimeLinks.open(LinkPurpose.EMAIL_CHANGE, token)
                .orElseThrow(() -> new Refusal("email.error.link"));
        var change = credentials.applyEmailChange(link.id(), link.account(), clock.instant());
        oneTimeLinks.revoke(LinkPurpose.EMAIL_CHANGE, link.account());
        auditTrail.record(change.login(), "EMAIL_CONFIRMED", change.login(), change.newEmail(), null);
        return change.newEmail();
    }
}
