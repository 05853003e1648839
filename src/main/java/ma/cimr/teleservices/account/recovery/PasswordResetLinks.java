package ma.cimr.teleservices.account.recovery;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.security.PasswordPolicy;
import ma.cimr.teleservices.account.recovery.repository.DelegateLetterRepository;
import ma.cimr.teleservices.account.recovery.repository.RecoveryRepository;
import ma.cimr.teleservices.shared.OneTimeTokens;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;

/**
 * The delegate's side of a reset letter: the one-time link e-mailed to their confirmed address,
 * where they choose a new password nobody else knows. The link works once; choosing the password
 * also lifts any lock.
 */
@Service
public class PasswordResetLinks {

    private final DelegateLetterRepository links;
    private final RecoveryRepository accounts;
    private final PasswordEncoder encoder;
    private final RecoveryMails mails;
    private final AuditTrail auditTrail;
    private final java.time.Clock clock;

    PasswordResetLinks(DelegateLetterRepository links, RecoveryRepository accounts, PasswordEncoder encoder,
                       RecoveryMails mails, AuditTrail auditTrail, java.time.Clock clock) {
        this.links = links;
        this.accounts = accounts;
        this.encoder = encoder;
        this.mails = mails;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean linkIsValid(String token) {
        return links.findResetLink(OneTimeTokens.hash(token), clock.instant()).isPresent();
    }

    /**
     * Sets the password chosen through the link. Returns the login.
     *
     * @throws IllegalArgumentException a translation key: a used or expired link, or a password the policy refuses
     */
    @Transactional
    public String choose(String token, String password, Locale pageLocale) {
        var link = links.findResetLink(OneTimeTokens.hash(token), clock.instant())
                .orElseThrow(() -> new IllegalArgumentException("subscription.error.link"));
        PasswordPolicy.problem(password, link.login()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        accounts.setPassword(link.accountId(), encoder.encode(password));
        links.useResetLink(link.id(), clock.instant());
        accounts.findById(link.accountId()).ifPresent(account -> mails.passwordChanged(account, pageLocale));
        auditTrail.record(link.login(), "PASSWORD_RESET", link.login(), "link sent after a signed letter; any lock lifted",
                null);
        return link.login();
    }
}
