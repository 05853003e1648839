package ma.cimr.teleservices.membership;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.membership.repository.ContractRepository;
import ma.cimr.teleservices.membership.repository.ContractRepository.Locked;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Staff decide a member company's contract requests (adhérents n°7 to 9). Accepted, the change is
 * made to the rows the declarations are priced from, in the same transaction as the answer: a new
 * category at its step's rates, a {@code contribution_rate_change} from the month asked (earlier
 * months keep their rates), the options from that month. Refused, the reason is the answer.
 */
@Service
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
public class ContractDesk {

    private final ContractRepository contracts;
    private final RequestDesk requests;
    private final AuditTrail auditTrail;
    private final PortalI18NProvider i18n;
    private final CurrentUser currentUser;
    private final Clock clock;

    ContractDesk(ContractRepository contracts, RequestDesk requests, AuditTrail auditTrail, PortalI18NProvider i18n,
                 CurrentUser currentUser, Clock clock) {
        this.contracts = contracts;
        this.requests = requests;
        this.auditTrail = auditTrail;
        this.i18n = i18n;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Oldest first: the charter's queue. */
    @Transactional(readOnly = true)
    public List<ContractRequest> pending(int offset, int limit) {
        return contracts.pending(offset, limit);
    }

    @Transactional(readOnly = true)
    public int countPending() {
        return contracts.countPending();
    }

    @Transactional
    public void accept(long id) {
        Locked locked = pendingRequest(id);
        ContractRequest request = locked.request();
        long companyId = locked.companyId();
        switch (request.kind()) {
            case EXTENSION -> {
                String code = carried(request.categoryCode(), "category code", request);
                if (contracts.hasCategoryCode(companyId, code)) {
                    throw new Refusal("membership.contract.error.categoryExists", code);
                }
                contracts.addCategory(companyId, code, carried(request.categoryLabel(), "category label", request),
                        carried(request.employeeRate(), "employee rate", request),
                        carried(request.employerRate(), "employer rate", request));
            }
            case RATE_CHANGE -> contracts.changeRates(carried(request.categoryId(), "category", request),
                    request.appliesFrom(), carried(request.employeeRate(), "employee rate", request),
                    carried(request.employerRate(), "employer rate", request));
            case OPTIONS -> {
                var options = EnumSet.noneOf(MembershipOption.class);
                if (Boolean.TRUE.equals(request.moubakkir())) {
                    options.add(MembershipOption.MOUBAKKIR);
                }
                if (Boolean.TRUE.equals(request.mousabbak())) {
                    options.add(MembershipOption.MOUSABBAK);
                }
                contracts.setOptions(companyId, options, request.appliesFrom());
            }
        }
        decide(request, ContractRequest.Status.ACCEPTED, null,
                text("membership.contract.answer.accepted", text(request.kind().labelKey()),
                        request.appliesFrom().toString().substring(0, 7)));
    }

    @Transactional
    public void refuse(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal("membership.error.reasonRequired");
        }
        ContractRequest request = pendingRequest(id).request();
        String why = reason.strip();
        decide(request, ContractRequest.Status.REFUSED, why,
                text("membership.contract.answer.refused", text(request.kind().labelKey()), why));
    }

    /**
     * What a request of its kind carries: the table's checks for the category, and the rates of the
     * step, which every extension and rate change is filed with.
     */
    private static <T> T carried(@Nullable T value, String what, ContractRequest request) {
        if (value == null) {
            throw new IllegalStateException(request.kind() + " request " + request.requestReference() + " without its " + what);
        }
        return value;
    }

    private void decide(ContractRequest request, ContractRequest.Status status, @Nullable String reason, String answer) {
        String staff = currentUser.require().login();
        Instant now = clock.instant();
        contracts.decide(request.id(), status, staff, now, reason);
        requests.answer(request.requestReference(), answer);
        String action = status == ContractRequest.Status.ACCEPTED ? "CONTRACT_ACCEPTED" : "CONTRACT_REFUSED";
        auditTrail.record(staff, action, request.kind().name() + " " + request.id(),
                request.adherentNumber() + (reason == null ? "" : ": " + reason), null);
    }

    private Locked pendingRequest(long id) {
        Locked locked = contracts.lock(id).orElseThrow(() -> new Refusal("membership.error.notFound"));
        if (locked.request().status() != ContractRequest.Status.PENDING) {
            throw new Refusal("membership.error.decided");
        }
        return locked;
    }

    private String text(String key, Object... arguments) {
        Locale locale = PortalI18NProvider.supported(LocaleContextHolder.getLocale());
        return i18n.getTranslation(key, locale, arguments);
    }
}
