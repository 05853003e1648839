package ma.cimr.teleservices.account.recovery;

import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.RateLimits.Door;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.notification.Recipients;
import ma.cimr.teleservices.account.recovery.repository.RecoveryRepository;
import ma.cimr.teleservices.account.recovery.repository.RecoveryRepository.Account;
import ma.cimr.teleservices.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A forgotten login: the logins attached to a confirmed address are e-mailed to that address, so
 * only its owner reads them. The page answers the same whether the address has logins or not.
 */
@Service
public class LoginReminders {

    /** Reminders one mailbox receives in 24 hours at most: the page must not become a way to flood it. */
    static final int REMINDERS_PER_DAY = 3;
    private static final String ANONYMOUS = "anonymous";
    /** 12 hex digits of the address's SHA-256: enough for staff to match two reminders, not to read it. */
    private static final int FINGERPRINT_LENGTH = 12;

    private final RateLimits rateLimits;
    private final RecoveryRepository accounts;
    private final RecoveryMails mails;
    private final AuditTrail auditTrail;
    private final Clock clock;

    LoginReminders(RecoveryRepository accounts, RecoveryMails mails, AuditTrail auditTrail, RateLimits rateLimits,
                   Clock clock) {
        this.accounts = accounts;
        this.rateLimits = rateLimits;
        this.mails = mails;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * Sends the logins of that address to it, if it is the proven address of any active account.
     *
     * @throws Refusal "recovery.error.email" for something that is not an e-mail address
     */
    @Transactional
    public void remind(String typedAddress, Locale locale) {
        rateLimits.knock(Door.LOGIN_REMINDER);
        String address;
        try {
            address = Recipients.emailAddress(typedAddress);
        } catch (IllegalArgumentException e) {
            throw new Refusal("recovery.error.email");
        }
        String addressHash = sha256(address.toLowerCase(Locale.ROOT));
        Instant now = clock.instant();
        List<Account> logins = accounts.activeAccountsWithConfirmedEmail(address);
        String outcome;
        if (logins.isEmpty()) {
            outcome = "no login with this confirmed address: nothing sent";
        } else if (accounts.remindersSince(addressHash, now.minus(Duration.ofDays(1))) >= REMINDERS_PER_DAY) {
            outcome = REMINDERS_PER_DAY + " reminders in 24 h: nothing sent";
        } else {
            // to the address as it was proven, whatever case it was typed in
            mails.logins(Objects.requireNonNullElse(logins.getFirst().email(), address), logins, locale);
            accounts.addReminder(addressHash, now);
            outcome = logins.size() + " login(s) sent";
        }
        // anyone can type anyone's address here: the trail keeps a fingerprint of it, never the address
        auditTrail.record(ANONYMOUS, "LOGIN_REMINDER_REQUESTED", null,
                "address " + addressHash.substring(0, FINGERPRINT_LENGTH) + ": " + outcome, null);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
