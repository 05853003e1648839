package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.affiliate.repository.EnrolmentRepository;
import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.security.AccountId;
import ma.cimr.teleservices.security.AffiliateId;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.shared.PortalLinks;
import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.RateLimits.Door;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.links.IssuedLink;
import ma.cimr.teleservices.shared.links.LinkPurpose;
import ma.cimr.teleservices.shared.links.OneTimeLinks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.Locale;

/**
 * Opening the affiliate space (enrolment, DD018, DD022): matricule, CIN and birth date say who the
 * person claims to be, and a one-time link sent to the e-mail address the employer declared to the
 * fund proves it: those three facts are on every payslip and ID photocopy, so they never suffice
 * alone (a stranger typing them with an address of their own once opened, and took, an affiliate's
 * space). No address on record, no link: the person asks their employer to declare one, or the
 * fund. The answer to an application never says whether it matched an affiliate or had an address.
 *
 * <p>The charter promises to handle it within 3 business days (affiliés n°2, request type
 * {@code AFFILIATE_SUBSCRIPTION}, the charter's own code): the opening is recorded as a service
 * request when the space opens, received and answered at that instant, so the charter's figures
 * count it and the affiliate finds it in "Mes demandes". An application that matched nobody
 * records nothing anyone could see or count.
 */
@Service
public class Enrolments {

    public static final Duration LINK_VALIDITY = Duration.ofHours(48);
    static final String REQUEST_TYPE = "AFFILIATE_SUBSCRIPTION";

    private final EnrolmentRepository enrolments;
    private final OneTimeLinks oneTimeLinks;
    private final AccountService accounts;
    private final Outbox outbox;
    private final PortalI18NProvider i18n;
    private final PortalLinks links;
    private final ServiceRequests requests;
    private final RateLimits rateLimits;

    Enrolments(EnrolmentRepository enrolments, OneTimeLinks oneTimeLinks, AccountService accounts, Outbox outbox,
               PortalI18NProvider i18n, PortalLinks links, ServiceRequests requests, RateLimits rateLimits) {
        this.enrolments = enrolments;
        this.oneTimeLinks = oneTimeLinks;
        this.accounts = accounts;
        this.outbox = outbox;
        this.i18n = i18n;
        this.links = links;
        this.requests = requests;
        this.rateLimits = rateLimits;
    }

    /**
     * Sends the confirmation link to the address on record when the identity matches an affiliate
     * without an account; otherwise does nothing, and the caller shows the same message either way.
     * Refused past the enrolment door's rate limit for the client's address.
     */
    @Transactional
    public void apply(EnrolmentApplication application, Locale locale) {
        rateLimits.knock(Door.ENROLMENT);
        var candidate = enrolments.affiliateWithoutAccount(application.matricule(), application.cin(),
                application.birthDate());
        if (candidate.isEmpty() || candidate.get().emailOnRecord() == null) {
            return;
        }
        String email = candidate.get().emailOnRecord();
        long linkId = sendLink(LinkPurpose.AFFILIATE_ENROLMENT, email, "enrol/confirm", "enrolment.mail.", locale);
        enrolments.add(linkId, candidate.get().affiliateId(), email);
    }

    /**
     * What opening any space shares (DD022; retirees' too, DD036): a one-time link of that purpose,
     * valid {@link #LINK_VALIDITY}, mailed to an address the fund already has, never to one typed on
     * the page. The caller found the person and records, under the returned link id, whom it opens
     * a space for. {@code mailKeys} is the prefix of the mail's {@code subject} and {@code body} translations.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long sendLink(LinkPurpose purpose, String emailOnRecord, String confirmPage, String mailKeys, Locale locale) {
        IssuedLink link = oneTimeLinks.issue(purpose, null, LINK_VALIDITY);
        outbox.email(emailOnRecord, text(locale, mailKeys + "subject"),
                text(locale, mailKeys + "body", links.withToken(confirmPage, link.token()), LINK_VALIDITY.toHours()));
        return link.id();
    }

    /** Whether a link sent by {@link #sendLink} is still good, to show the password form or say it expired. */
    @Transactional(readOnly = true)
    public boolean linkIsValid(LinkPurpose purpose, String token) {
        return oneTimeLinks.find(purpose, token).isPresent();
    }

    /**
     * Uses a link sent by {@link #sendLink}, once: its id, for the caller to find whom it opens a
     * space for and open it in the same transaction. A used or expired link is refused as every
     * page of a one-time link refuses it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long openLink(LinkPurpose purpose, String token) {
        return oneTimeLinks.open(purpose, token).map(link -> link.id())
                .orElseThrow(() -> new Refusal(AccountService.LINK_REFUSED));
    }

    /** Whether the link is still good, to show the password form or say it expired. */
    @Transactional(readOnly = true)
    public boolean linkIsValid(String token) {
        return linkIsValid(LinkPurpose.AFFILIATE_ENROLMENT, token);
    }

    /**
     * The link was followed and a password chosen: the account opens, with the confirmed e-mail,
     * and the opening is recorded as a request answered at once, in the language of the page.
     * A used or expired link, or a weak password, changes nothing (refused with a translation key).
     */
    @Transactional
    public String confirm(String token, String password, Locale locale) {
        var enrolment = enrolments.findByLink(openLink(LinkPurpose.AFFILIATE_ENROLMENT, token))
                .orElseThrow(() -> new Refusal(AccountService.LINK_REFUSED));
        AccountId account = accounts.openAffiliateAccount(AffiliateId.of(enrolment.affiliateId()), enrolment.matricule(),
                enrolment.displayName(), enrolment.email(), password);
        requests.recordFulfilled(new NewRequest(REQUEST_TYPE, Channel.WEB, locale.getLanguage(),
                        text(locale, "enrolment.request.subject"),
                        text(locale, "enrolment.request.description", enrolment.email()), null, null, null),
                account.value(), enrolment.displayName(), enrolment.email(), enrolment.matricule(),
                text(locale, "enrolment.request.answer", enrolment.matricule()));
        return enrolment.matricule();
    }

    private String text(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }
}
