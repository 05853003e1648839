package ma.cimr.teleservices.account.recovery;

import ma.cimr.teleservices.shared.value.AdherentNumber;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.notification.Recipients;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.account.EmailChanges;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.account.recovery.repository.DelegateLetterRepository;
import ma.cimr.teleservices.account.recovery.repository.DelegateLetterRepository.PendingLetter;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.PortalLinks;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.links.IssuedLink;
import ma.cimr.teleservices.shared.links.LinkPurpose;
import ma.cimr.teleservices.shared.links.OneTimeLinks;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Agence Virtuelle's side of the user administrator's signed letters. A letter is recorded
 * (and filed as a "company account update" service request, so the charter's deadline runs), then
 * acted on: a reset letter sends the delegate a one-time link to choose a new password; an e-mail
 * update letter sends a confirmation link to the new address.
 *
 * <p>Staff never see or set a password, by construction: no method takes one, none returns the
 * link or its token, and the audit trail records only that a link was sent.
 */
@Service
public class DelegateLetterDesk {

    static final String STAFF = "hasAnyRole('" + Roles.AGENT + "', '" + Roles.SUPERVISOR + "')";
    static final String REQUEST_TYPE = "COMPANY_ACCOUNT_UPDATE";
    static final Duration RESET_LINK_VALIDITY = Duration.ofHours(48);
    private static final Set<Channel> PAPER = Set.of(Channel.POST, Channel.AGENCY);

    private final DelegateLetterRepository letters;
    private final RequestDesk requestDesk;
    private final EmailChanges emailChanges;
    private final RecoveryMails mails;
    private final PortalLinks links;
    private final OneTimeLinks oneTimeLinks;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final PortalI18NProvider i18n;
    private final Clock clock;

    DelegateLetterDesk(DelegateLetterRepository letters, RequestDesk requestDesk, EmailChanges emailChanges,
                       RecoveryMails mails, PortalLinks links, OneTimeLinks oneTimeLinks, AuditTrail auditTrail,
                       CurrentUser currentUser, PortalI18NProvider i18n, Clock clock) {
        this.letters = letters;
        this.requestDesk = requestDesk;
        this.emailChanges = emailChanges;
        this.mails = mails;
        this.links = links;
        this.oneTimeLinks = oneTimeLinks;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** The company the letter's adherent number names, with its user administrator. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public Optional<CompanyDelegate> findCompany(String adherentNumber) {
        String number = adherentNumber == null ? "" : adherentNumber.strip();
        return AdherentNumber.isOne(number) ? letters.findCompany(number) : Optional.empty();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<DelegateLetter> letters(String adherentNumber) {
        return findCompany(adherentNumber).map(company -> letters.lettersOf(company.companyId())).orElse(List.of());
    }

    /**
     * Records a received letter and files it as a service request (the charter's commitment for
     * a company account update applies). Refusals are translation keys; nothing is kept then.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public RecordedLetter record(NewDelegateLetter letter) {
        CompanyDelegate company = findCompany(letter.adherentNumber())
                .orElseThrow(() -> new Refusal("recovery.error.company"));
        if (!company.hasDelegate()) {
            throw new Refusal("recovery.error.noDelegate");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        if (letter.receivedOn() == null || letter.receivedOn().isAfter(today)) {
            throw new Refusal("recovery.error.receivedOn");
        }
        if (letter.kind() == null) {
            throw new Refusal("recovery.error.kind");
        }
        if (!PAPER.contains(letter.channel())) {
            throw new Refusal("recovery.error.channel");
        }
        String newEmail = letter.kind() == DelegateLetterKind.EMAIL_UPDATE ? newAddress(letter.newEmail()) : null;
        Locale locale = RecoveryMails.localeOf(company.preferredLocale(), PortalI18NProvider.FRENCH);
        String staff = currentUser.require().login();
        RequestReceipt receipt;
        try {
            receipt = requestDesk.enterThroughFeature(new NewRequest(REQUEST_TYPE, letter.channel(), locale.getLanguage(),
                    text(locale, "recovery.letter.title." + letter.kind().name()),
                    text(locale, "recovery.letter.request.description", company.legalName(), company.adherentNumber(),
                            Formats.date(letter.receivedOn(), locale)),
                    company.legalName() + " / " + company.delegateName(), company.delegateEmail(), null));
        } catch (Refusal e) {
            throw new Refusal(e.key());
        }
        long id = letters.addLetter(company.companyId(), letter.kind(), letter.receivedOn(), newEmail,
                receipt.reference(), staff, clock.instant());
        auditTrail.record(staff, "DELEGATE_LETTER_RECORDED", company.adherentNumber(),
                letter.kind() + ", received " + letter.receivedOn() + ", request " + receipt.reference(), null);
        return new RecordedLetter(id, receipt.reference(), receipt.dueDate());
    }

    /**
     * Does what the letter asks: a reset letter e-mails the delegate a one-time link to their
     * confirmed address; an e-mail update letter e-mails a confirmation link to the new address
     * (the old one stays in force until it is opened). Then answers the service request. Returns
     * nothing: the link is for the delegate's eyes only.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public void process(long letterId) {
        PendingLetter letter = letters.lockPending(letterId)
                .orElseThrow(() -> new Refusal("recovery.error.letterProcessed"));
        CompanyDelegate delegate = letters.findCompany(letter.adherentNumber())
                .filter(CompanyDelegate::hasDelegate)
                .orElseThrow(() -> new Refusal("recovery.error.noDelegate"));
        Locale locale = RecoveryMails.localeOf(delegate.preferredLocale(), PortalI18NProvider.FRENCH);
        String staff = currentUser.require().login();
        Instant now = clock.instant();
        switch (letter.kind()) {
            case PASSWORD_RESET -> {
                if (!delegate.emailConfirmed()) {
                    throw new Refusal("recovery.error.delegateEmailUnconfirmed");
                }
                // a new letter's link replaces any earlier one not used: only the newest works
                IssuedLink link = oneTimeLinks.replace(LinkPurpose.PASSWORD_RESET, delegate.delegateAccountId(),
                        RESET_LINK_VALIDITY);
                letters.recordResetLink(letter.id(), link.id());
                mails.resetLink(delegate, links.withToken("reset-password", link.token()), RESET_LINK_VALIDITY, locale);
                auditTrail.record(staff, "DELEGATE_RESET_LINK_SENT", delegate.delegateLogin(),
                        "request " + letter.requestReference() + ", link to the confirmed address", null);
            }
            case EMAIL_UPDATE -> {
                try {
                    emailChanges.request(delegate.delegateAccountId(), letter.newEmail(), locale);
                } catch (IllegalArgumentException e) {
                    throw new Refusal("recovery.error.newEmail");
                }
                auditTrail.record(staff, "DELEGATE_EMAIL_CHANGE_SENT", delegate.delegateLogin(),
                        "request " + letter.requestReference() + ", confirmation link to " + letter.newEmail(), null);
            }
        }
        letters.markProcessed(letter.id(), staff, now);
        if (requestDesk.detail(letter.requestReference()).summary().status().isOpen()) {
            requestDesk.answer(letter.requestReference(), text(locale, "recovery.letter.answer." + letter.kind().name()));
        }
    }

    private static String newAddress(@Nullable String typed) {
        try {
            return Recipients.emailAddress(typed);
        } catch (IllegalArgumentException e) {
            throw new Refusal("recovery.error.newEmail");
        }
    }

    private String text(Locale locale, String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }
}
