package ma.cimr.teleservices.subscription;

import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.RateLimits.Door;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.security.PasswordPolicy;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.links.IssuedLink;
import ma.cimr.teleservices.shared.links.LinkPurpose;
import ma.cimr.teleservices.shared.links.OneTimeLinks;
import ma.cimr.teleservices.shared.links.Tokens;
import ma.cimr.teleservices.shared.PortalLinks;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.ContactChannels;
import ma.cimr.teleservices.subscription.repository.CompanySubscriptionRepository;
import ma.cimr.teleservices.subscription.repository.CompanySubscriptionRepository.Standing;
import ma.cimr.teleservices.subscription.repository.CompanySubscriptionRepository.Stored;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A member company subscribes to the téléservices from the public site: its adherent number, the
 * three parts of the form, the delegate's e-mail confirmed by a one-time link, then the form
 * printed, signed, stamped and sent to the fund. Staff take it from there ({@link SubscriptionDesk}).
 *
 * <p>The adherent number is not a secret (it is on every letter of the fund), so the first step
 * says plainly whether a company is unknown, already has its delegate or is already subscribing.
 */
@Service
public class CompanySubscriptions {

    static final Duration LINK_VALIDITY = Duration.ofHours(48);

    private final RateLimits rateLimits;
    private final CompanySubscriptionRepository subscriptions;
    private final PasswordEncoder passwordEncoder;
    private final Outbox outbox;
    private final AuditTrail auditTrail;
    private final PortalI18NProvider i18n;
    private final PortalLinks links;
    private final ContactChannels contact;
    private final SubscriptionFormPdf pdf;
    private final OneTimeLinks oneTimeLinks;
    private final Clock clock;

    CompanySubscriptions(CompanySubscriptionRepository subscriptions, PasswordEncoder passwordEncoder, Outbox outbox,
                         AuditTrail auditTrail, PortalI18NProvider i18n, PortalLinks links, ContactChannels contact,
                         SubscriptionFormPdf pdf, OneTimeLinks oneTimeLinks, RateLimits rateLimits, Clock clock) {
        this.subscriptions = subscriptions;
        this.rateLimits = rateLimits;
        this.passwordEncoder = passwordEncoder;
        this.outbox = outbox;
        this.auditTrail = auditTrail;
        this.i18n = i18n;
        this.links = links;
        this.contact = contact;
        this.pdf = pdf;
        this.oneTimeLinks = oneTimeLinks;
        this.clock = clock;
    }

    /**
     * Step 1: the company of that adherent number, when it may subscribe. Otherwise refused with
     * the translation key of the reason: unknown, already has a delegate, already subscribing.
     */
    @Transactional(readOnly = true)
    public SubscribingCompany companyToSubscribe(String adherentNumber) {
        ContactPerson.require(SubscriptionRules.adherentNumber(adherentNumber));
        Standing company = free(subscriptions.standing(adherentNumber, clock.instant(), false));
        return new SubscribingCompany(company.adherentNumber(), company.legalName(), company.rcNumber(),
                company.patenteNumber(), company.website());
    }

    /**
     * Step 2: the form is stored awaiting the confirmation of the delegate's e-mail, and the link is
     * sent there. The password must pass the policy; only its bcrypt hash is stored. Anything wrong
     * is refused with a translation key and nothing is stored.
     */
    @Transactional
    public void apply(SubscriptionForm form, String password, Locale locale) {
        rateLimits.knock(Door.COMPANY_SUBSCRIPTION);
        SubscriptionForm checked = form.checked();
        Instant now = clock.instant();
        Standing company = free(subscriptions.standing(checked.adherentNumber(), now, true));
        PasswordPolicy.problem(password == null ? "" : password, company.adherentNumber()).ifPresent(problem -> {
            throw new Refusal(problem);
        });
        String reference = subscriptions.nextReference(LocalDate.ofInstant(now, BusinessCalendar.ZONE).getYear());
        Locale language = PortalI18NProvider.supported(locale);
        IssuedLink link = oneTimeLinks.issue(LinkPurpose.COMPANY_SUBSCRIPTION, null, LINK_VALIDITY);
        subscriptions.add(reference, company.companyId(), language.getLanguage(), checked,
                passwordEncoder.encode(password), link.id(), now);
        ContactPerson delegate = checked.delegate();
        outbox.email(delegate.delegateEmail(), text(language, "delegateSubscription.mail.confirm.subject"),
                text(language, "delegateSubscription.mail.confirm.body", delegate.fullName(), company.legalName(),
                        company.adherentNumber(), links.withToken("subscription/confirm", link.token()),
                        String.valueOf(LINK_VALIDITY.toHours())));
        auditTrail.record(delegate.delegateEmail(), "SUBSCRIPTION_APPLIED", reference, "company " + company.adherentNumber(),
                null);
    }

    /** Whether the confirmation link is still good, to confirm or to say it expired. */
    @Transactional(readOnly = true)
    public boolean confirmationLinkIsValid(String token) {
        return oneTimeLinks.find(LinkPurpose.COMPANY_SUBSCRIPTION, token).isPresent();
    }

    /**
     * The delegate followed the link: the e-mail is theirs, the subscription is submitted, and the
     * status page's key goes to that confirmed address. A used or expired link changes nothing.
     */
    @Transactional
    public StatusAccess confirmEmail(String token) {
        Instant now = clock.instant();
        Stored stored = oneTimeLinks.open(LinkPurpose.COMPANY_SUBSCRIPTION, token)
                .flatMap(link -> subscriptions.lockAwaitingEmail(link.id()))
                .orElseThrow(() -> new Refusal("delegateSubscription.error.link"));
        Subscription subscription = stored.subscription();
        Standing company = subscriptions.standing(subscription.adherentNumber(), now, true).orElseThrow();
        if (company.hasDelegate()) {
            throw new Refusal("delegateSubscription.error.hasDelegate");
        }
        String key = Tokens.newToken();
        subscriptions.confirmEmail(stored.id(), Tokens.hash(key), now);
        Locale language = languageOf(subscription);
        String statusLink = links.withToken("subscription/status", key) + "&ref=" + subscription.reference();
        outbox.email(subscription.delegate().delegateEmail(),
                text(language, "delegateSubscription.mail.submitted.subject", subscription.reference()),
                text(language, "delegateSubscription.mail.submitted.body", subscription.delegate().fullName(),
                        subscription.reference(), contact.postalAddress(), statusLink));
        auditTrail.record(subscription.delegate().delegateEmail(), "SUBSCRIPTION_SUBMITTED", subscription.reference(),
                "e-mail confirmed", null);
        return new StatusAccess(subscription.reference(), key);
    }

    /** The applicant's view of their subscription; empty alike for an unknown reference and a wrong key. */
    @Transactional(readOnly = true)
    public Optional<Subscription> status(String reference, String key) {
        if (reference == null || reference.isBlank() || key == null || key.isBlank()) {
            return Optional.empty();
        }
        return subscriptions.findByReferenceAndKey(reference, Tokens.hash(key.strip()));
    }

    /** The form to print, sign and stamp, for the holder of the status key only. */
    @Transactional(readOnly = true)
    public Optional<SubscriptionDocument> printableForm(String reference, String key, Locale locale) {
        return status(reference, key).map(subscription -> pdf.render(subscription, locale));
    }

    private Standing free(Optional<Standing> standing) {
        Standing company = standing.orElseThrow(() -> new Refusal("delegateSubscription.error.unknownCompany"));
        if (company.hasDelegate()) {
            throw new Refusal("delegateSubscription.error.hasDelegate");
        }
        if (company.inProgress()) {
            throw new Refusal("delegateSubscription.error.inProgress");
        }
        return company;
    }

    static Locale languageOf(Subscription subscription) {
        return PortalI18NProvider.supported(Locale.forLanguageTag(subscription.language()));
    }

    private String text(Locale locale, String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }
}
