package ma.cimr.teleservices.membership;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.membership.repository.MembershipRepository;
import ma.cimr.teleservices.membership.repository.MembershipRepository.Stored;
import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.request.Attachments;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.PortalLinks;
import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.RateLimits.Door;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.links.IssuedLink;
import ma.cimr.teleservices.shared.links.LinkPurpose;
import ma.cimr.teleservices.shared.links.OneTimeLinks;
import ma.cimr.teleservices.shared.links.Tokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Téléadhésion: a company that is not yet a member applies from the public site. Its application
 * (legal identity, staff by category, the offer chosen, the papers asked) is stored awaiting the
 * confirmation of the address it gave, by a one-time link as for a subscription's delegate
 * (DD017); opening the link submits it, files the COMPANY_MEMBERSHIP request whose clock the
 * charter measures (adhérents n°6: 5 business days) and sends the key of its status page, where the
 * applicant follows it and sends the papers staff ask for. That key is the applicant's account until
 * the company is a member and subscribes to the téléservices (DD034).
 */
@Service
public class Teleadhesion {

    static final Duration LINK_VALIDITY = Duration.ofHours(48);
    static final String REQUEST_TYPE = "COMPANY_MEMBERSHIP";

    private final MembershipRepository applications;
    private final RetirementOffers offers;
    private final ServiceRequests requests;
    private final OneTimeLinks oneTimeLinks;
    private final Outbox outbox;
    private final AuditTrail auditTrail;
    private final PortalI18NProvider i18n;
    private final PortalLinks links;
    private final RateLimits rateLimits;
    private final Clock clock;

    Teleadhesion(MembershipRepository applications, RetirementOffers offers, ServiceRequests requests,
                 OneTimeLinks oneTimeLinks, Outbox outbox, AuditTrail auditTrail, PortalI18NProvider i18n,
                 PortalLinks links, RateLimits rateLimits, Clock clock) {
        this.applications = applications;
        this.offers = offers;
        this.requests = requests;
        this.oneTimeLinks = oneTimeLinks;
        this.outbox = outbox;
        this.auditTrail = auditTrail;
        this.i18n = i18n;
        this.links = links;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    /**
     * The application is checked whole (fields, the step among the offer's, the papers' size and
     * type, the company not already a member nor applying) and stored awaiting the confirmation of
     * its address, to which the link is sent. Anything wrong is refused and nothing is stored.
     */
    @Transactional
    public void apply(MembershipForm form, List<MembershipDocument> documents, Locale locale) {
        rateLimits.knock(Door.MEMBERSHIP_APPLICATION);
        MembershipForm checked = form.checked();
        RateStep step = offers.step(checked.product(), checked.rateStep());
        requireNotKnown(checked);
        var kinds = EnumSet.noneOf(DocumentKind.class);
        documents.forEach(document -> kinds.add(document.kind()));
        if (!kinds.containsAll(DocumentKind.REQUIRED)) {
            throw new Refusal("membership.error.documentsMissing");
        }
        Attachments.check(documents.stream().map(MembershipDocument::asAttachment).toList());
        Instant now = clock.instant();
        Locale language = PortalI18NProvider.supported(locale);
        String reference = applications.nextReference(LocalDate.ofInstant(now, BusinessCalendar.ZONE).getYear());
        IssuedLink link = oneTimeLinks.issue(LinkPurpose.MEMBERSHIP_APPLICATION, null, LINK_VALIDITY);
        long id = applications.add(reference, language.getLanguage(), checked, step, link.id(), now);
        for (MembershipDocument document : documents) {
            applications.addDocument(id, document, now);
        }
        outbox.email(checked.contactEmail(), text(language, "membership.mail.confirm.subject"),
                text(language, "membership.mail.confirm.body", checked.contactName(), checked.legalName(), reference,
                        links.withToken("membership/confirm", link.token()), String.valueOf(LINK_VALIDITY.toHours())));
        auditTrail.record(checked.contactEmail(), "MEMBERSHIP_APPLIED", reference, "ICE " + checked.ice(), null);
    }

    /** Whether the confirmation link is still good, to confirm or to say it expired. */
    @Transactional(readOnly = true)
    public boolean confirmationLinkIsValid(String token) {
        return oneTimeLinks.find(LinkPurpose.MEMBERSHIP_APPLICATION, token).isPresent();
    }

    /**
     * The applicant followed the link: the address is theirs, the application is submitted and the
     * charter's clock starts now with its COMPANY_MEMBERSHIP request; the status page's key goes to
     * that address. A used or expired link changes nothing.
     */
    @Transactional
    public StatusAccess confirmEmail(String token) {
        Stored stored = oneTimeLinks.open(LinkPurpose.MEMBERSHIP_APPLICATION, token)
                .flatMap(link -> applications.lockAwaitingEmail(link.id()))
                .orElseThrow(() -> new Refusal("membership.error.link"));
        MembershipApplication application = stored.application();
        MembershipForm form = application.form();
        requireNotMember(form);
        Locale language = languageOf(application);
        RequestReceipt receipt = requests.fileForVisitorThroughFeature(new NewRequest(REQUEST_TYPE, Channel.WEB,
                language.getLanguage(), text(language, "membership.request.subject", form.legalName()),
                text(language, "membership.request.description", application.reference(), form.ice(), form.rcNumber()),
                form.contactName(), form.contactEmail(), form.contactPhone()), List.of());
        String key = Tokens.newToken();
        applications.markSubmitted(stored.id(), Tokens.hash(key), receipt.reference(), clock.instant());
        outbox.email(form.contactEmail(), text(language, "membership.mail.submitted.subject", application.reference()),
                text(language, "membership.mail.submitted.body", form.contactName(), application.reference(),
                        receipt.reference(), statusLink(application.reference(), key)));
        auditTrail.record(form.contactEmail(), "MEMBERSHIP_SUBMITTED", application.reference(),
                "request " + receipt.reference() + ", due " + receipt.dueDate(), null);
        return new StatusAccess(application.reference(), key);
    }

    /** The applicant's view of their application; empty alike for an unknown reference and a wrong key. */
    @Transactional(readOnly = true)
    public Optional<MembershipApplication> status(String reference, String key) {
        if (reference == null || reference.isBlank() || key == null || key.isBlank()) {
            return Optional.empty();
        }
        return applications.findByReferenceAndKey(reference, Tokens.hash(key.strip()));
    }

    /**
     * The papers staff asked for, sent from the status page: checked like the first ones, joined to
     * the application, and the request's clock starts again (it was paused while waiting for them).
     */
    @Transactional
    public void sendDocuments(String reference, String key, List<MembershipDocument> documents) {
        MembershipApplication known = status(reference, key).orElseThrow(() -> new Refusal("membership.error.notFound"));
        Stored stored = applications.findByReference(known.reference(), true).orElseThrow();
        MembershipApplication application = stored.application();
        if (application.status() != MembershipStatus.SUBMITTED
                && application.status() != MembershipStatus.WAITING_FOR_DOCUMENTS) {
            throw new Refusal("membership.error.decided");
        }
        if (documents.isEmpty()) {
            throw new Refusal("membership.error.noDocument");
        }
        Attachments.check(documents.stream().map(MembershipDocument::asAttachment).toList());
        Instant now = clock.instant();
        for (MembershipDocument document : documents) {
            applications.addDocument(stored.id(), document, now);
        }
        if (application.status() == MembershipStatus.WAITING_FOR_DOCUMENTS) {
            applications.markResubmitted(stored.id());
            requests.resumeForVisitorThroughFeature(application.filedRequest(), application.form().contactName());
        }
        auditTrail.record(application.form().contactEmail(), "MEMBERSHIP_DOCUMENTS_SENT", application.reference(),
                documents.size() + " document(s)", null);
    }

    /** What the applicant's status page lists of the papers they sent. */
    @Transactional(readOnly = true)
    public List<DocumentInfo> documents(String reference, String key) {
        status(reference, key).orElseThrow(() -> new Refusal("membership.error.notFound"));
        return applications.findByReference(reference, false).map(stored -> applications.documents(stored.id()))
                .orElse(List.of());
    }

    private void requireNotKnown(MembershipForm form) {
        requireNotMember(form);
        if (applications.openApplicationWith(form.ice(), form.rcNumber())) {
            throw new Refusal("membership.error.alreadyApplying");
        }
    }

    private void requireNotMember(MembershipForm form) {
        applications.memberWith(form.ice(), form.rcNumber()).ifPresent(number -> {
            throw new Refusal("membership.error.alreadyMember", number);
        });
    }

    String statusLink(String reference, String key) {
        return links.withToken("membership/status", key) + "&ref=" + reference;
    }

    static Locale languageOf(MembershipApplication application) {
        return PortalI18NProvider.supported(Locale.forLanguageTag(application.language()));
    }

    private String text(Locale locale, String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }
}
