package ma.cimr.teleservices.account;

import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.notification.Recipients;
import ma.cimr.teleservices.account.repository.CredentialRepository;
import ma.cimr.teleservices.shared.OneTimeTokens;
import ma.cimr.teleservices.shared.PortalLinks;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
    private final Clock clock;

    EmailChanges(CredentialRepository credentials, Outbox outbox, PortalI18NProvider i18n, PortalLinks links,
                 AuditTrail auditTrail, CurrentUser currentUser, Clock clock) {
        this.credentials = credentials;
        this.outbox = outbox;
        this.i18n = i18n;
        this.links = links;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
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
        String token = OneTimeTokens.newToken();
        Instant now = clock.instant();
        credentials.addEmailChange(accountId, address, OneTimeTokens.hash(token), now, now.plus(LINK_VALIDITY));
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
        return credentials.findEmailChange(OneTimeTokens.hash(token), clock.instant()).isPresent();
    }

    /** The owner of the new address opened the link: it is now the account's. Returns the address. */
    @Transactional
    public String confirm(String token) {
        var change = credentials.findEmailChange(OneTimeTokens.hash(token), clock.instant())
                .orElseThrow(() -> new IllegalArgumentException("email.error.link"));
        credentials.applyEmailChange(change, clock.instant());
        auditTrail.record(change.login(), "EMAIL_CONFIRMED", change.login(), change.newEmail(), null);
        return change.newEmail();
    }
}
