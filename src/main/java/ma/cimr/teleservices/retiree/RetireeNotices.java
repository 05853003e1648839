package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.retiree.repository.RetireeRepository;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What the fund tells a retiree about their pension (a document to send, a suspension, a change
 * accepted), by e-mail and by SMS to what is on record, in the language of their space: many read
 * only their phone. Written to the outbox in the caller's transaction (DD009), so a notice is sent
 * exactly when what it announces is recorded. {@code key} is the prefix of the {@code subject}, {@code body}
 * and {@code sms} translations, all taking the same arguments.
 */
@Component
class RetireeNotices {

    private final RetireeRepository retirees;
    private final Outbox outbox;
    private final PortalI18NProvider i18n;

    RetireeNotices(RetireeRepository retirees, Outbox outbox, PortalI18NProvider i18n) {
        this.retirees = retirees;
        this.outbox = outbox;
        this.i18n = i18n;
    }

    /** Whether the fund has a channel on record to tell this retiree anything. */
    boolean reachable(long retireeId) {
        return retirees.contact(retireeId).map(c -> c.email() != null || c.mobile() != null).orElse(false);
    }

    /** Whether it reached at least one channel on record. */
    boolean tell(long retireeId, String key, Object... arguments) {
        var contact = retirees.contact(retireeId).orElseThrow();
        Locale locale = Locale.forLanguageTag(contact.language());
        arguments = inLanguage(arguments, locale);
        boolean told = false;
        if (contact.email() != null) {
            outbox.email(contact.email(), i18n.getTranslation(key + "subject", locale, arguments),
                    i18n.getTranslation(key + "body", locale, arguments));
            told = true;
        }
        if (contact.mobile() != null) {
            outbox.sms(contact.mobile(), i18n.getTranslation(key + "sms", locale, arguments));
            told = true;
        }
        return told;
    }

    /** Dates and document kinds said in the retiree's language, not the caller's. */
    private Object[] inLanguage(Object[] arguments, Locale locale) {
        Object[] said = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            said[i] = switch (arguments[i]) {
                case LocalDate date -> Formats.date(date, locale);
                case DocumentKind kind -> i18n.getTranslation("retiree.documents.kind." + kind, locale);
                default -> String.valueOf(arguments[i]);
            };
        }
        return said;
    }
}
