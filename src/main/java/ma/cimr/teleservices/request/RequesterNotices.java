package ma.cimr.teleservices.request;

import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the requester is told by e-mail and SMS, in the language of their request, through the
 * outbox: written in the same transaction as the change it announces.
 */
@Component
class RequesterNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Outbox outbox;
    private final PortalI18NProvider i18n;
    private final MediationContact mediation;

    RequesterNotices(Outbox outbox, PortalI18NProvider i18n, MediationContact mediation) {
        this.outbox = outbox;
        this.i18n = i18n;
        this.mediation = mediation;
    }

    /**
     * Sent at once to whatever address or number was typed. For a request filed without an account
     * (an access secret was issued) it carries no text of the filer's choosing, not even the name:
     * otherwise the public form would send the fund's e-mails, with a stranger's words, to anyone.
     */
    void acknowledged(ServiceRequest request, RequestType type, @Nullable String accessSecret) {
        Locale locale = locale(request);
        String greeted = accessSecret == null ? request.contactName() : text(locale, "notice.ack.anonymousGreeting");
        String body = text(locale, "notice.ack.body", greeted, type.label(locale),
                DATE.format(request.dueDate()), request.reference());
        if (accessSecret != null) {
            body += "\n\n" + text(locale, "notice.ack.anonymous", request.reference(), accessSecret);
        }
        send(request, locale, text(locale, "notice.ack.subject", request.reference()), body,
                text(locale, "notice.ack.sms", request.reference(), DATE.format(request.dueDate()),
                        accessSecret == null ? "" : accessSecret));
    }

    void answered(ServiceRequest request, String answer, @Nullable String recourse) {
        Locale locale = locale(request);
        String body = text(locale, "notice.answer.body", request.contactName(), request.reference(), answer)
                + (recourse == null ? "" : "\n\n" + recourse);
        send(request, locale, text(locale, "notice.answer.subject", request.reference()), body,
                text(locale, "notice.answer.sms", request.reference()));
    }

    void delayed(ServiceRequest request, LocalDate newDueDate, String reason) {
        Locale locale = locale(request);
        send(request, locale, text(locale, "notice.delay.subject", request.reference()),
                text(locale, "notice.delay.body", request.contactName(), request.reference(), reason,
                        DATE.format(newDueDate)),
                text(locale, "notice.delay.sms", request.reference(), DATE.format(newDueDate)));
    }

    void waiting(ServiceRequest request, String whatIsMissing) {
        Locale locale = locale(request);
        send(request, locale, text(locale, "notice.waiting.subject", request.reference()),
                text(locale, "notice.waiting.body", request.contactName(), request.reference(), whatIsMissing),
                text(locale, "notice.waiting.sms", request.reference()));
    }

    void escalatedToConciliation(ServiceRequest request, LocalDate dueDate) {
        Locale locale = locale(request);
        send(request, locale, text(locale, "notice.escalated.subject", request.reference()),
                text(locale, "notice.escalated.body.CONCILIATION", request.contactName(), request.reference(),
                        DATE.format(dueDate)),
                text(locale, "notice.escalated.sms", request.reference(), DATE.format(dueDate)));
    }

    void referredToMediator(ServiceRequest request) {
        Locale locale = locale(request);
        String mediator = mediator(locale);
        send(request, locale, text(locale, "notice.escalated.subject", request.reference()),
                text(locale, "notice.escalated.body.MEDIATION", request.contactName(), request.reference(), mediator),
                text(locale, "notice.mediation.sms", request.reference(), mediator));
    }

    void reopened(ServiceRequest request, LocalDate dueDate) {
        Locale locale = locale(request);
        send(request, locale, text(locale, "notice.reopened.subject", request.reference()),
                text(locale, "notice.reopened.body", request.contactName(), request.reference(), DATE.format(dueDate)),
                text(locale, "notice.escalated.sms", request.reference(), DATE.format(dueDate)));
    }

    /** The recourse an answer names: conciliation after the fund, the mediator after conciliation. */
    @Nullable String recourse(ServiceRequest request, RequestType type) {
        ComplaintScheme scheme = type.complaintScheme();
        if (scheme == null) {
            return null;
        }
        Locale locale = locale(request);
        return switch (request.level()) {
            case FUND -> text(locale, "recourse.conciliation");
            case CONCILIATION -> text(locale, "recourse.mediation", mediator(locale));
            case MEDIATION -> null;
        };
    }

    /** The mediator as configured, or the way to ask for them: never an address that is not real. */
    String mediator(Locale locale) {
        String name = mediation.name();
        String contact = mediation.contact();
        return mediation.isKnown() && name != null && contact != null ? name.trim() + ", " + contact.trim()
                : text(locale, "recourse.mediatorUnnamed");
    }

    private void send(ServiceRequest request, Locale locale, String subject, String body, String sms) {
        if (request.contactEmail() != null) {
            outbox.email(request.contactEmail(), subject, body + "\n\n" + text(locale, "notice.signature"));
        }
        if (request.contactPhone() != null) {
            outbox.sms(request.contactPhone(), sms);
        }
    }

    private String text(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    static Locale locale(ServiceRequest request) {
        return PortalI18NProvider.supported(Locale.forLanguageTag(request.language()));
    }
}
