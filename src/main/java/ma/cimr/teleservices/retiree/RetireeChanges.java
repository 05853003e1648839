package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.account.PasswordConfirmation;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.retiree.RetireePension.PaymentMode;
import ma.cimr.teleservices.retiree.repository.ChangeRepository;
import ma.cimr.teleservices.retiree.repository.RetireeRepository;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.value.Rib;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Changes a retiree asks from their space (DD036): bank details or payment mode (allocataires n°4:
 * in the next payment when asked before the 15th), address or family situation (n°5: 3 business
 * days). Each is a service request filed by the portal (so the charter measures it from the moment
 * it was asked) with its structured content, which an agent accepts or rejects; accepted, it
 * changes the pension file, which the next monthly run reads. A bank change sends money elsewhere:
 * the retiree types their password again (DD024), so a session left open cannot redirect a pension.
 */
@Service
public class RetireeChanges {

    static final String PAYMENT_TYPE = "RETIREE_PAYMENT_CHANGE";
    static final String PERSONAL_TYPE = "RETIREE_PERSONAL_CHANGE";
    public static final Set<String> FAMILY_SITUATIONS = Set.of("SINGLE", "MARRIED", "WIDOWED", "DIVORCED", "REMARRIED");

    private final ChangeRepository changes;
    private final RetireeRepository retirees;
    private final ServiceRequests requests;
    private final RequestDesk desk;
    private final PasswordConfirmation passwordConfirmation;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final PortalI18NProvider i18n;
    private final Clock clock;

    RetireeChanges(ChangeRepository changes, RetireeRepository retirees, ServiceRequests requests, RequestDesk desk,
                   PasswordConfirmation passwordConfirmation, CurrentUser currentUser, AuditTrail auditTrail,
                   PortalI18NProvider i18n, Clock clock) {
        this.changes = changes;
        this.retirees = retirees;
        this.requests = requests;
        this.desk = desk;
        this.passwordConfirmation = passwordConfirmation;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** New bank details (a RIB whose key is checked) or the RAHATI card; the password first. Returns the request's reference. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public String askPaymentChange(PaymentMode mode, @Nullable String typedRib, @Nullable String password, Locale locale) {
        String rib = mode == PaymentMode.BANK_TRANSFER ? Rib.parse(typedRib).value() : null;
        RetireePension pension = mine();
        passwordConfirmation.confirm(password, "RETIREE_PAYMENT_CHANGE " + pension.pensionFileNumber());
        String what = mode == PaymentMode.BANK_TRANSFER
                ? t(locale, "retiree.changes.request.rib", Rib.parse(rib).grouped())
                : t(locale, "retiree.changes.request.card");
        return ask(new RetireeChange(0, "", "", "", RetireeChange.Kind.PAYMENT, mode, rib, null, null, null,
                clock.instant(), RetireeChange.Status.PENDING), PAYMENT_TYPE, "retiree.changes.request.payment", what, locale);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public String askAddressChange(@Nullable String address, @Nullable String country, Locale locale) {
        if (address == null || address.isBlank() || address.strip().length() > 300) {
            throw new Refusal("retiree.changes.error.address");
        }
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new Refusal("retiree.changes.error.country");
        }
        String what = address.strip() + " (" + country + ")";
        return ask(new RetireeChange(0, "", "", "", RetireeChange.Kind.ADDRESS, null, null, address.strip(), country, null,
                clock.instant(), RetireeChange.Status.PENDING), PERSONAL_TYPE, "retiree.changes.request.address", what, locale);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public String askFamilyChange(@Nullable String situation, Locale locale) {
        if (situation == null || !FAMILY_SITUATIONS.contains(situation)) {
            throw new Refusal("retiree.changes.error.family");
        }
        String what = t(locale, "retiree.family." + situation);
        return ask(new RetireeChange(0, "", "", "", RetireeChange.Kind.FAMILY, null, null, null, null, situation,
                clock.instant(), RetireeChange.Status.PENDING), PERSONAL_TYPE, "retiree.changes.request.family", what, locale);
    }

    private String ask(RetireeChange draft, String type, String subjectKey, String what, Locale locale) {
        long retireeId = currentUser.retireeId().value();
        if (changes.hasPending(retireeId, draft.kind())) {
            throw new Refusal("retiree.changes.error.pending");
        }
        var receipt = requests.fileThroughFeature(new NewRequest(type, Channel.WEB, locale.getLanguage(),
                t(locale, subjectKey), t(locale, "retiree.changes.request.description", what), null, null, null));
        changes.add(retireeId, receipt.reference(), draft, draft.askedAt());
        auditTrail.record(currentUser.require().login(), "RETIREE_CHANGE_ASKED", receipt.reference(), draft.kind().name(), null);
        return receipt.reference();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.RETIREE + "')")
    public List<RetireeChange> myChanges() {
        return changes.ofRetiree(currentUser.retireeId().value());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.AGENT + "')")
    public List<RetireeChange> pending(int offset, int limit) {
        return changes.pending(offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.AGENT + "')")
    public int pendingCount() {
        return changes.pendingCount();
    }

    /**
     * The change is made to the pension file, and the request answered. New bank details also lift a
     * suspension for payments the bank returned: the next run pays to the new account.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.AGENT + "')")
    public void accept(long changeId) {
        var locked = pendingChange(changeId);
        RetireeChange change = locked.change();
        long retireeId = locked.retireeId();
        switch (change.kind()) {
            case PAYMENT -> {
                retirees.changePayment(retireeId, asked(change.paymentMode()), change.rib());
                retirees.resume(retireeId, SuspensionReason.BANK_RETURN);
            }
            case ADDRESS -> retirees.changeAddress(retireeId, asked(change.address()), asked(change.country()));
            case FAMILY -> retirees.changeFamilySituation(retireeId, asked(change.familySituation()));
        }
        decide(change, RetireeChange.Status.ACCEPTED, retireeId);
        Locale locale = languageOf(retireeId);
        String answer = change.kind() == RetireeChange.Kind.PAYMENT
                ? t(locale, "retiree.changes.answer.payment",
                        Formats.month(java.time.YearMonth.from(change.firstPaymentReached(BusinessCalendar.ZONE)), locale))
                : t(locale, "retiree.changes.answer.accepted");
        desk.answer(change.requestReference(), answer);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.AGENT + "')")
    public void reject(long changeId, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal("retiree.changes.error.reasonRequired");
        }
        var locked = pendingChange(changeId);
        decide(locked.change(), RetireeChange.Status.REJECTED, locked.retireeId());
        desk.answer(locked.change().requestReference(),
                t(languageOf(locked.retireeId()), "retiree.changes.answer.rejected", reason.strip()));
    }

    private ChangeRepository.Locked pendingChange(long changeId) {
        var locked = changes.lock(changeId).orElseThrow(() -> new Refusal("retiree.changes.error.unknown"));
        if (locked.change().status() != RetireeChange.Status.PENDING) {
            throw new Refusal("retiree.changes.error.decided");
        }
        return locked;
    }

    private void decide(RetireeChange change, RetireeChange.Status status, long retireeId) {
        String agent = currentUser.require().login();
        Instant now = clock.instant();
        changes.decide(change.id(), status, agent, now);
        auditTrail.record(agent, status == RetireeChange.Status.ACCEPTED ? "RETIREE_CHANGE_ACCEPTED" : "RETIREE_CHANGE_REJECTED",
                change.pensionFileNumber(),
                change.kind() + " " + change.requestReference(), null);
    }

    private Locale languageOf(long retireeId) {
        return Locale.forLanguageTag(retirees.contact(retireeId).map(RetireeContact::language).orElse("fr"));
    }

    private RetireePension mine() {
        return retirees.findPension(currentUser.retireeId().value()).orElseThrow();
    }

    private String t(Locale locale, String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }

    /** What a change of its kind always carries: the retiree's form and the table's check constraint both ask it. */
    private static <T> T asked(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("A pending change lacks what its kind asks");
        }
        return value;
    }
}
