package ma.cimr.teleservices.account.recovery;

import ma.cimr.teleservices.shared.value.AdherentNumber;
import ma.cimr.teleservices.approval.Approval;
import ma.cimr.teleservices.approval.Approvals;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.notification.Recipients;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.account.recovery.repository.DelegateLetterRepository;
import ma.cimr.teleservices.account.recovery.repository.DelegateLetterRepository.PendingLetter;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * link or its token, and the audit trail records only that a link was sent. The letter's scan is
 * joined to its request, and the link leaves only when a second staff member approves (DD025).
 */
@Service
public class DelegateLetterDesk {

    static final String STAFF = "hasAnyRole('" + Roles.AGENT + "', '" + Roles.SUPERVISOR + "')";
    static final String REQUEST_TYPE = "COMPANY_ACCOUNT_UPDATE";
    private static final Set<Channel> PAPER = Set.of(Channel.POST, Channel.AGENCY);

    private final DelegateLetterRepository letters;
    private final RequestDesk requestDesk;
    private final Approvals approvals;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final PortalI18NProvider i18n;
    private final Clock clock;

    DelegateLetterDesk(DelegateLetterRepository letters, RequestDesk requestDesk, Approvals approvals,
                       AuditTrail auditTrail, CurrentUser currentUser, PortalI18NProvider i18n, Clock clock) {
        this.letters = letters;
        this.requestDesk = requestDesk;
        this.approvals = approvals;
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

    /** Newest first, each with the proposal to act on it that waits for a second person, if any. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<DelegateLetter> letters(String adherentNumber) {
        List<DelegateLetter> found = findCompany(adherentNumber).map(company -> letters.lettersOf(company.companyId()))
                .orElse(List.of());
        Map<String, Approval> pending = approvals.pendingOn(found.stream().map(DelegateLetter::requestReference).toList());
        return found.stream().map(letter -> {
            Approval proposal = pending.get(letter.requestReference());
            return proposal == null ? letter : letter.proposedBy(proposal.proposedBy());
        }).toList();
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
        if (letter.scan() == null) {
            throw new Refusal("recovery.error.scanRequired");
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
                    company.legalName() + " / " + company.delegateName(), company.delegateEmail(), null),
                    List.of(letter.scan()));
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
     * Proposes doing what the letter asks: a reset letter's link to the delegate's confirmed
     * address, an e-mail update letter's confirmation link to the new address. Nothing is sent
     * until a second staff member approves ({@link DelegateLetterApproval}, DD025): one agent alone
     * can no longer take a company's administrator. Returns nothing: the link will be for the
     * delegate's eyes only.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public void process(long letterId) {
        PendingLetter letter = letters.lockPending(letterId)
                .orElseThrow(() -> new Refusal("recovery.error.letterProcessed"));
        CompanyDelegate delegate = letters.findCompany(letter.adherentNumber())
                .filter(CompanyDelegate::hasDelegate)
                .orElseThrow(() -> new Refusal("recovery.error.noDelegate"));
        if (letter.kind() == DelegateLetterKind.PASSWORD_RESET && !delegate.emailConfirmed()) {
            throw new Refusal("recovery.error.delegateEmailUnconfirmed");
        }
        var change = new LinkedHashMap<String, String>();
        change.put("kind", "recovery.letter.title." + letter.kind().name());
        change.put(DelegateLetterApproval.LETTER, String.valueOf(letter.id()));
        change.put("company", delegate.legalName() + " (" + delegate.adherentNumber() + ")");
        change.put("delegate", delegate.delegateName() + " (" + delegate.delegateLogin() + ")");
        change.put("email", letter.kind() == DelegateLetterKind.EMAIL_UPDATE ? letter.newEmail() : delegate.delegateEmail());
        approvals.propose(DelegateLetterApproval.ACTION, letter.requestReference(), change);
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
