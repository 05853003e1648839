package ma.cimr.teleservices.account.recovery;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.security.PasswordPolicy;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.account.SecondFactorService;
import ma.cimr.teleservices.account.recovery.repository.RecoveryRepository;
import ma.cimr.teleservices.account.recovery.repository.RecoveryRepository.Account;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.links.LinkPurpose;
import ma.cimr.teleservices.shared.links.OneTimeLink;
import ma.cimr.teleservices.shared.links.OneTimeLinks;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Optional;

/**
 * The delegate's side of a reset letter: the one-time link e-mailed to their confirmed address,
 * where they choose a new password nobody else knows. The link works once; choosing the password
 * also lifts any lock and forgets the second factor (DD021), which the delegate enrols again.
 */
@Service
public class PasswordResetLinks {

    private final OneTimeLinks links;
    private final RecoveryRepository accounts;
    private final PasswordEncoder encoder;
    private final RecoveryMails mails;
    private final AuditTrail auditTrail;
    private final SecondFactorService secondFactor;

    PasswordResetLinks(OneTimeLinks links, RecoveryRepository accounts, PasswordEncoder encoder,
                       RecoveryMails mails, AuditTrail auditTrail, SecondFactorService secondFactor) {
        this.links = links;
        this.accounts = accounts;
        this.encoder = encoder;
        this.mails = mails;
        this.auditTrail = auditTrail;
        this.secondFactor = secondFactor;
    }

    @Transactional(readOnly = true)
    public boolean linkIsValid(String token) {
        return links.find(LinkPurpose.PASSWORD_RESET, token).flatMap(this::activeAccount).isPresent();
    }

    /**
     * Sets the password chosen through the link. Returns the login. Refused alike for a link
     * unknown, expired, used, or of an account no longer active; or for a password the policy refuses.
     */
    @Transactional
    public String choose(String token, String password, Locale pageLocale) {
        Account account = links.open(LinkPurpose.PASSWORD_RESET, token).flatMap(this::activeAccount)
                .orElseThrow(() -> new Refusal(AccountService.LINK_REFUSED));
        PasswordPolicy.problem(password, account.login()).ifPresent(problem -> {
            throw new Refusal(problem);
        });
        accounts.setPassword(account.id(), encoder.encode(password));
        // the letter is the path when every factor is lost (DD021): the next sign-in enrols anew
        secondFactor.forgetAfterLetter(account.id(), account.login());
        mails.passwordChanged(account, pageLocale);
        auditTrail.record(account.login(), "PASSWORD_RESET", account.login(),
                "link sent after a signed letter; any lock lifted", null);
        return account.login();
    }

    private Optional<Account> activeAccount(OneTimeLink link) {
        return accounts.findById(link.account()).filter(Account::active);
    }
}
