package ma.cimr.teleservices.subscription;

import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * One e-mail per decision on a subscription: the answer that closes its open service request, or
 * a message of its own. Shared by the rejection (the desk) and the validation (approved by a
 * second person, {@link SubscriptionValidationApproval}).
 */
@Component
class ApplicantAnswers {

    private final RequestDesk requests;
    private final Outbox outbox;
    private final PortalI18NProvider i18n;

    ApplicantAnswers(RequestDesk requests, Outbox outbox, PortalI18NProvider i18n) {
        this.requests = requests;
        this.outbox = outbox;
        this.i18n = i18n;
    }

    void tell(Subscription subscription, String message) {
        String request = subscription.requestReference();
        if (request != null && requests.detail(request).summary().status().isOpen()) {
            requests.answer(request, message);
            return;
        }
        Locale language = CompanySubscriptions.languageOf(subscription);
        outbox.email(subscription.delegate().delegateEmail(),
                text(language, "delegateSubscription.mail.decision.subject", subscription.reference()),
                text(language, "delegateSubscription.mail.decision.body", subscription.delegate().fullName(), message));
    }

    String text(Locale locale, String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }
}
