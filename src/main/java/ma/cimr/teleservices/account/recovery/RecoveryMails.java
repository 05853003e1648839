package ma.cimr.teleservices.account.recovery;

import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.account.recovery.repository.RecoveryRepository.Account;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What recovery tells people by e-mail, always to an address they proved, through the outbox (in
 * the transaction of the step that causes it). Numbers are passed as text: MessageFormat would
 * write them in Arabic-Indic digits in Arabic, and a code must read as typed.
 */
@Component
class RecoveryMails {

    private final Outbox outbox;
    private final PortalI18NProvider i18n;

    RecoveryMails(Outbox outbox, PortalI18NProvider i18n) {
        this.outbox = outbox;
        this.i18n = i18n;
    }

    void code(Account account, String code, Duration validity, Locale pageLocale) {
        send(account, pageLocale, "recovery.mail.code.", account.displayName(), account.login(), code,
                String.valueOf(validity.toMinutes()));
    }

    void delegateProcedure(Account account, Locale pageLocale) {
        send(account, pageLocale, "recovery.mail.delegate.", account.displayName(), account.login());
    }

    void askAdministrator(Account account, Locale pageLocale) {
        send(account, pageLocale, "recovery.mail.askAdministrator.", account.displayName(), account.login());
    }

    void passwordChanged(Account account, Locale pageLocale) {
        send(account, pageLocale, "recovery.mail.changed.", account.displayName(), account.login());
    }

    void logins(String address, List<Account> accounts, Locale locale) {
        StringBuilder list = new StringBuilder();
        for (Account account : accounts) {
            list.append("- ").append(account.login()).append(" : ").append(space(account, locale)).append('\n');
        }
        outbox.email(address, text(locale, "recovery.mail.logins.subject"),
                text(locale, "recovery.mail.logins.body", list.toString().strip()));
    }

    void resetLink(String email, String login, String name, String link, Duration validity, Locale locale) {
        outbox.email(email, text(locale, "recovery.mail.resetLink.subject", login),
                text(locale, "recovery.mail.resetLink.body", name, login, link,
                        String.valueOf(validity.toHours())));
    }

    private String space(Account account, Locale locale) {
        String kind = text(locale, "recovery.kind." + account.kind().name());
        return account.kind() == AccountKind.COMPANY_USER && account.teleservice() != null
                ? kind + " (" + text(locale, "teleservice." + account.teleservice()) + ")" : kind;
    }

    /** {@code prefix} is a message key prefix: its "subject" and "body" are sent. */
    private void send(Account account, Locale pageLocale, String prefix, Object... arguments) {
        if (account.email() == null) {
            return;
        }
        Locale locale = localeOf(account.preferredLocale(), pageLocale);
        outbox.email(account.email(), text(locale, prefix + "subject"), text(locale, prefix + "body", arguments));
    }

    /** The language the person chose in their space, else the one of the page the request came from. */
    static Locale localeOf(@Nullable String preferred, Locale fallback) {
        return preferred == null ? PortalI18NProvider.supported(fallback) : Locale.forLanguageTag(preferred);
    }

    private String text(Locale locale, String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }
}
