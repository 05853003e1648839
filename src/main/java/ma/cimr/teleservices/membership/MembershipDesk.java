package ma.cimr.teleservices.membership;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.membership.repository.ContractRepository;
import ma.cimr.teleservices.membership.repository.MembershipRepository;
import ma.cimr.teleservices.membership.repository.MembershipRepository.Stored;
import ma.cimr.teleservices.notification.Outbox;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestSummary;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.PortalLinks;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The fund's side of téléadhésion: staff review an application, ask for the papers missing (its
 * request's clock pauses until they come), then accept or refuse it with a reason within the
 * charter's 5 business days (adhérents n°6). Acceptance, in one transaction, creates the member
 * company with its adherent number, its categories at the chosen step's rates and its options,
 * answers the request, and invites the company to subscribe to the téléservices: a new member has
 * no user administrator yet, which is exactly what the subscription flow asks for.
 */
@Service
public class MembershipDesk {

    static final String STAFF = "hasAnyRole('AGENT', 'SUPERVISOR')";

    private final MembershipRepository applications;
    private final ContractRepository contracts;
    private final RequestDesk requests;
    private final Outbox outbox;
    private final AuditTrail auditTrail;
    private final PortalI18NProvider i18n;
    private final PortalLinks links;
    private final CurrentUser currentUser;
    private final Clock clock;

    MembershipDesk(MembershipRepository applications, ContractRepository contracts, RequestDesk requests, Outbox outbox,
                   AuditTrail auditTrail, PortalI18NProvider i18n, PortalLinks links, CurrentUser currentUser,
                   Clock clock) {
        this.applications = applications;
        this.contracts = contracts;
        this.requests = requests;
        this.outbox = outbox;
        this.auditTrail = auditTrail;
        this.i18n = i18n;
        this.links = links;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Oldest submitted first; every submitted status when {@code status} is null. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<MembershipApplication> list(@Nullable MembershipStatus status, int offset, int limit) {
        return applications.list(status, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public int count(@Nullable MembershipStatus status) {
        return applications.count(status);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public MembershipCase detail(String reference) {
        Stored stored = find(reference, false);
        MembershipApplication application = stored.application();
        RequestSummary request = application.filedRequest() == null ? null
                : requests.detail(application.filedRequest()).summary();
        return new MembershipCase(application, applications.documents(stored.id()), request);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public MembershipDocument document(String reference, long documentId) {
        return applications.document(find(reference, false).id(), documentId)
                .orElseThrow(() -> new Refusal("membership.error.notFound"));
    }

    /** Papers are missing: the applicant is told which, and the request's clock stops until they come. */
    @Transactional
    @PreAuthorize(STAFF)
    public void askForDocuments(String reference, String whatIsMissing) {
        if (whatIsMissing == null || whatIsMissing.isBlank()) {
            throw new Refusal("membership.error.missingRequired");
        }
        Stored stored = find(reference, true);
        MembershipApplication application = stored.application();
        switch (application.status()) {
            case SUBMITTED -> { }
            case WAITING_FOR_DOCUMENTS -> throw new Refusal("membership.error.alreadyWaiting");
            case AWAITING_EMAIL -> throw new Refusal("membership.error.notConfirmed");
            case ACCEPTED, REFUSED -> throw new Refusal("membership.error.decided");
        }
        String missing = whatIsMissing.strip();
        applications.markWaitingForDocuments(stored.id(), missing);
        requests.waitForRequester(application.filedRequest(), missing);
        auditTrail.record(staff(), "MEMBERSHIP_DOCUMENTS_ASKED", application.reference(), missing, null);
    }

    /**
     * Accepted: the member company is created with the next adherent number, one category per staff
     * category at the chosen step's rates and the options chosen; the request is answered, and the
     * company is invited to subscribe to the téléservices. All in this transaction, or nothing.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public String accept(String reference) {
        Stored stored = find(reference, true);
        MembershipApplication application = stored.application();
        requireOpen(application);
        if (application.status() == MembershipStatus.WAITING_FOR_DOCUMENTS) {
            throw new Refusal("membership.error.waitingForDocuments");
        }
        MembershipForm form = application.form();
        applications.memberWith(form.ice(), form.rcNumber()).ifPresent(number -> {
            throw new Refusal("membership.error.alreadyMember", number);
        });
        String adherentNumber = contracts.nextAdherentNumber();
        long companyId = contracts.createCompany(adherentNumber, form);
        for (StaffCategory category : form.categories()) {
            contracts.addCategory(companyId, category.code(), category.label(), application.employeeRate(),
                    application.employerRate());
        }
        var options = EnumSet.noneOf(MembershipOption.class);
        if (form.moubakkir()) {
            options.add(MembershipOption.MOUBAKKIR);
        }
        if (form.mousabbak()) {
            options.add(MembershipOption.MOUSABBAK);
        }
        Instant now = clock.instant();
        contracts.setOptions(companyId, options, LocalDate.ofInstant(now, BusinessCalendar.ZONE).withDayOfMonth(1));
        String staff = staff();
        applications.markAccepted(stored.id(), companyId, staff, now);
        Locale language = Teleadhesion.languageOf(application);
        requests.answer(application.filedRequest(), text(language, "membership.answer.accepted",
                application.reference(), form.legalName(), adherentNumber));
        outbox.email(form.contactEmail(), text(language, "membership.mail.invitation.subject", adherentNumber),
                text(language, "membership.mail.invitation.body", form.contactName(), form.legalName(), adherentNumber,
                        links.page("subscription")));
        auditTrail.record(staff, "MEMBERSHIP_ACCEPTED", application.reference(),
                "company " + adherentNumber + ", " + form.categories().size() + " categories", null);
        return adherentNumber;
    }

    /** Refused, with the reason the applicant reads as the answer to their request. */
    @Transactional
    @PreAuthorize(STAFF)
    public void refuse(String reference, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal("membership.error.reasonRequired");
        }
        Stored stored = find(reference, true);
        MembershipApplication application = stored.application();
        requireOpen(application);
        String why = reason.strip();
        String staff = staff();
        applications.markRefused(stored.id(), staff, why, clock.instant());
        Locale language = Teleadhesion.languageOf(application);
        requests.answer(application.filedRequest(),
                text(language, "membership.answer.refused", application.reference(), why));
        auditTrail.record(staff, "MEMBERSHIP_REFUSED", application.reference(), why, null);
    }

    private static void requireOpen(MembershipApplication application) {
        switch (application.status()) {
            case SUBMITTED, WAITING_FOR_DOCUMENTS -> { }
            case AWAITING_EMAIL -> throw new Refusal("membership.error.notConfirmed");
            case ACCEPTED, REFUSED -> throw new Refusal("membership.error.decided");
        }
    }

    private Stored find(String reference, boolean lock) {
        return applications.findByReference(reference == null ? "" : reference, lock)
                .orElseThrow(() -> new Refusal("membership.error.notFound"));
    }

    private String staff() {
        return currentUser.require().login();
    }

    private String text(Locale locale, String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }
}
