package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.security.AffiliateId;
import ma.cimr.teleservices.security.AccountId;
import ma.cimr.teleservices.affiliate.repository.SubscriptionRepository;
import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.notification.Recipients;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.shared.OneTimeTokens;
import ma.cimr.teleservices.shared.PortalLinks;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Opening the affiliate space: matricule, CIN and birth date prove who the person is, a one-time
 * link sent to the e-mail proves the address is theirs, and the password they then choose opens
 * the account. The answer to an application never says whether it matched an affiliate.
 *
 * <p>The charter promises to handle a subscription within 3 business days (affiliés n°2): the
 * subscription is recorded as a service request when the space opens, received and answered at
 * that instant, so the charter's figures count it and the affiliate finds it in "Mes demandes".
 * An application that matched nobody records nothing anyone could see or count.
 */
@Service
public class AffiliateSubscriptions {

    static final Duration LINK_VALIDITY = Duration.ofHours(48);
    static final String REQUEST_TYPE = "AFFILIATE_SUBSCRIPTION";

    private final SubscriptionRepository subscriptions;
    private final AccountService accounts;
    private final Outbox outbox;
    private final PortalI18NProvider i18n;
    private final Clock clock;
    private final PortalLinks links;
    private final ServiceRequests requests;

    AffiliateSubscriptions(SubscriptionRepository subscriptions, AccountService accounts, Outbox outbox,
                           PortalI18NProvider i18n, Clock clock, PortalLinks links, ServiceRequests requests) {
        this.subscriptions = subscriptions;
        this.accounts = accounts;
        this.outbox = outbox;
        this.i18n = i18n;
        this.clock = clock;
        this.links = links;
        this.requests = requests;
    }

    /**
     * Sends the confirmation link when the identity matches an affiliate without an account;
     * otherwise does nothing, and the caller shows the same message either way.
     */
    @Transactional
    public void apply(SubscriptionApplication application, Locale locale) {
        String email = Recipients.emailAddress(application.email());
        Optional<Long> affiliate = subscriptions.affiliateWithoutAccount(application.matricule(), application.cin(),
                application.birthDate());
        if (affiliate.isEmpty()) {
            return;
        }
        String token = OneTimeTokens.newToken();
        Instant now = clock.instant();
        subscriptions.addPending(affiliate.get(), email, OneTimeTokens.hash(token), now, now.plus(LINK_VALIDITY));
        String link = links.withToken("subscribe/confirm", token);
        outbox.email(email, text(locale, "subscription.mail.subject"),
                text(locale, "subscription.mail.body", link, LINK_VALIDITY.toHours()));
    }

    /** Whether the link is still good, to show the password form or say it expired. */
    @Transactional(readOnly = true)
    public boolean linkIsValid(String token) {
        return subscriptions.findPending(OneTimeTokens.hash(token), clock.instant()).isPresent();
    }

    /**
     * The link was followed and a password chosen: the account opens, with the confirmed e-mail,
     * and the subscription is recorded as a request answered at once, in the language of the page.
     * A used or expired link, or a weak password, changes nothing (the exception's message is a
     * translation key).
     */
    @Transactional
    public String confirm(String token, String password, Locale locale) {
        var pending = subscriptions.findPending(OneTimeTokens.hash(token), clock.instant())
                .orElseThrow(() -> new IllegalArgumentException("subscription.error.link"));
        AccountId account = accounts.openAffiliateAccount(AffiliateId.of(pending.affiliateId()), pending.matricule(), pending.displayName(),
                pending.email(), password);
        subscriptions.confirm(pending.id(), clock.instant());
        requests.recordFulfilled(new NewRequest(REQUEST_TYPE, Channel.WEB, locale.getLanguage(),
                        text(locale, "subscription.request.subject"),
                        text(locale, "subscription.request.description", pending.email()), null, null, null),
                account.value(), pending.displayName(), pending.email(), pending.matricule(),
                text(locale, "subscription.request.answer", pending.matricule()));
        return pending.matricule();
    }

    private String text(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

}
