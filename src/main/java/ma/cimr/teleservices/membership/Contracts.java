package ma.cimr.teleservices.membership;

import ma.cimr.teleservices.affiliate.rules.PensionParameters.Product;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.membership.repository.ContractRepository;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The contract after membership, from the company space: the company's compte adhérent user asks
 * for an extension to another category, a rate change (an allowed step, from a month on) or the
 * Moubakkir / Mousabbak options, each a structured request filed with its service request
 * (adhérents n°7 to 9). Always the signed-in user's own company: no method takes a company id.
 *
 * <p>Why the compte adhérent user (COMPANY_ACCOUNT) and not the delegate: the delegate administers
 * the company's logins and nothing else (DD012, DD013); the contract is what the compte adhérent
 * owes, and its user already reads the account, its dues and its statements in the same space.
 */
@Service
@PreAuthorize("hasRole('" + Roles.COMPANY_ACCOUNT + "')")
public class Contracts {

    /** The one product the fund offers today: a member's steps are chosen in it. */
    static final Product PRODUCT = Product.AL_KAMIL;

    private final ContractRepository contracts;
    private final RetirementOffers offers;
    private final ServiceRequests requests;
    private final AuditTrail auditTrail;
    private final PortalI18NProvider i18n;
    private final CurrentUser currentUser;
    private final Clock clock;

    Contracts(ContractRepository contracts, RetirementOffers offers, ServiceRequests requests, AuditTrail auditTrail,
              PortalI18NProvider i18n, CurrentUser currentUser, Clock clock) {
        this.contracts = contracts;
        this.offers = offers;
        this.requests = requests;
        this.auditTrail = auditTrail;
        this.i18n = i18n;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The contract as it prices this month: categories and their rates, options. */
    @Transactional(readOnly = true)
    public CompanyContract mine() {
        long companyId = companyId();
        return new CompanyContract(contracts.legalName(companyId), contracts.adherentNumber(companyId),
                contracts.categories(companyId, thisMonth().atDay(1)), contracts.options(companyId));
    }

    /** The steps a category may move to or start at. */
    @Transactional(readOnly = true)
    public List<RateStep> steps() {
        return offers.steps(PRODUCT);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<ContractRequest> myRequests() {
        return contracts.requestsOf(companyId());
    }

    /** A new category of staff joins the contract, priced at the step chosen, from that month on. */
    @Transactional
    public RequestReceipt requestExtension(StaffCategory category, int step, YearMonth from) {
        long companyId = companyId();
        StaffCategory checked = MembershipForm.checked(category);
        RateStep rates = offers.step(PRODUCT, step);
        LocalDate appliesFrom = requireFrom(from);
        if (contracts.hasCategoryCode(companyId, checked.code())) {
            throw new Refusal("membership.contract.error.categoryExists", checked.code());
        }
        requireNoPending(companyId, ContractKind.EXTENSION, null);
        return file(companyId, new ContractRequest(0, "", "", ContractKind.EXTENSION, ContractRequest.Status.PENDING,
                null, checked.code(), checked.label(), checked.headcount(), checked.yearlyPayroll(), rates.step(),
                rates.employeeRate(), rates.employerRate(), appliesFrom, null, null, "", Instant.EPOCH, null),
                "membership.contract.request.EXTENSION", checked.code() + " " + checked.label(),
                percent(rates.employeeRate()), percent(rates.employerRate()), from.toString());
    }

    /** One of the company's categories moves to another allowed step from that month on (never earlier). */
    @Transactional
    public RequestReceipt requestRateChange(long categoryId, int step, YearMonth from) {
        long companyId = companyId();
        ContractCategory category = contracts.categories(companyId, requireFrom(from)).stream()
                .filter(c -> c.id() == categoryId).findFirst()
                .orElseThrow(() -> new Refusal("membership.contract.error.unknownCategory"));
        RateStep rates = offers.step(PRODUCT, step);
        if (rates.employeeRate().compareTo(category.employeeRate()) == 0
                && rates.employerRate().compareTo(category.employerRate()) == 0) {
            throw new Refusal("membership.contract.error.sameRate");
        }
        requireNoPending(companyId, ContractKind.RATE_CHANGE, categoryId);
        return file(companyId, new ContractRequest(0, "", "", ContractKind.RATE_CHANGE, ContractRequest.Status.PENDING,
                categoryId, category.code(), category.label(), null, null, rates.step(), rates.employeeRate(),
                rates.employerRate(), from.atDay(1), null, null, "", Instant.EPOCH, null),
                "membership.contract.request.RATE_CHANGE", category.code() + " " + category.label(),
                percent(rates.employeeRate()), percent(rates.employerRate()), from.toString());
    }

    /** The options the company wants from that month on: one added, one given up, or both. */
    @Transactional
    public RequestReceipt requestOptions(Set<MembershipOption> wanted, YearMonth from) {
        long companyId = companyId();
        LocalDate appliesFrom = requireFrom(from);
        Set<MembershipOption> options = wanted.isEmpty() ? EnumSet.noneOf(MembershipOption.class) : EnumSet.copyOf(wanted);
        if (options.equals(contracts.options(companyId))) {
            throw new Refusal("membership.contract.error.sameOptions");
        }
        requireNoPending(companyId, ContractKind.OPTIONS, null);
        return file(companyId, new ContractRequest(0, "", "", ContractKind.OPTIONS, ContractRequest.Status.PENDING,
                null, null, null, null, null, null, null, null, appliesFrom,
                options.contains(MembershipOption.MOUBAKKIR), options.contains(MembershipOption.MOUSABBAK), "",
                Instant.EPOCH, null), "membership.contract.request.OPTIONS", names(options), "", "", from.toString());
    }

    private RequestReceipt file(long companyId, ContractRequest request, String descriptionKey, Object... arguments) {
        PortalUser user = currentUser.require();
        Locale locale = PortalI18NProvider.supported(LocaleContextHolder.getLocale());
        String legalName = contracts.legalName(companyId);
        RequestReceipt receipt = requests.fileThroughFeature(new NewRequest(request.kind().requestType(), Channel.WEB,
                locale.getLanguage(), text(locale, request.kind().labelKey()) + " — " + legalName,
                text(locale, descriptionKey, arguments), null, null, null));
        ContractRequest filed = new ContractRequest(0, legalName, "", request.kind(), request.status(),
                request.categoryId(), request.categoryCode(), request.categoryLabel(), request.headcount(),
                request.yearlyPayroll(), request.rateStep(), request.employeeRate(), request.employerRate(),
                request.appliesFrom(), request.moubakkir(), request.mousabbak(), receipt.reference(), clock.instant(),
                null);
        long id = contracts.addRequest(companyId, filed, user.accountId().value(), clock.instant());
        auditTrail.record(user.login(), "CONTRACT_REQUESTED", request.kind().name() + " " + id,
                "request " + receipt.reference(), null);
        return receipt;
    }

    private LocalDate requireFrom(YearMonth from) {
        if (from == null || from.isBefore(thisMonth())) {
            throw new Refusal("membership.contract.error.pastPeriod");
        }
        if (from.isAfter(thisMonth().plusMonths(12))) {
            throw new Refusal("membership.contract.error.farPeriod");
        }
        return from.atDay(1);
    }

    private void requireNoPending(long companyId, ContractKind kind, @Nullable Long categoryId) {
        if (contracts.hasPending(companyId, kind, categoryId)) {
            throw new Refusal("membership.contract.error.pending");
        }
    }

    private YearMonth thisMonth() {
        return YearMonth.from(LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE));
    }

    private long companyId() {
        return currentUser.companyId().value();
    }

    static String percent(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString() + " %";
    }

    private static String names(Set<MembershipOption> options) {
        return options.isEmpty() ? "-" : String.join(", ", options.stream().map(Enum::name).toList());
    }

    private String text(Locale locale, String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }
}
