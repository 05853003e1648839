package ma.cimr.teleservices.companyaccount;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.companyaccount.repository.AccountReadModel;
import ma.cimr.teleservices.companyaccount.repository.AccountReadModel.CompanyRow;
import ma.cimr.teleservices.companyaccount.repository.PaymentRepository;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks and writes a payment, whoever brings it: staff from a bank statement line, a second staff
 * member approving a large one, E@sypaiement's bank confirmation later. Writing it files the charter's
 * n°5 request received at the bank's confirmation and answered now, in the same transaction, so the
 * account update is measured from the event (DD029); a bank reference is recorded once.
 */
@Component
class PaymentRecording {

    static final String REQUEST_TYPE = "COMPANY_ACCOUNT_UPDATE";
    /** As banks print them, upper-cased: letters, digits, dashes, slashes and spaces. */
    private static final Pattern BANK_REFERENCE = Pattern.compile("[A-Z0-9][A-Z0-9 /-]{3,39}");
    /** A statement line older than this is a typing mistake, not a late recording. */
    private static final int OLDEST_VALUE_DATE_DAYS = 366;

    private final AccountReadModel accounts;
    private final PaymentRepository payments;
    private final ServiceRequests serviceRequests;
    private final AuditTrail auditTrail;
    private final PortalI18NProvider i18n;
    private final Clock clock;

    PaymentRecording(AccountReadModel accounts, PaymentRepository payments, ServiceRequests serviceRequests,
                     AuditTrail auditTrail, PortalI18NProvider i18n, Clock clock) {
        this.accounts = accounts;
        this.payments = payments;
        this.serviceRequests = serviceRequests;
        this.auditTrail = auditTrail;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** The payment as it will be written, or a refusal saying what is wrong with it. */
    record Checked(CompanyRow company, BigDecimal amount, String bankReference, LocalDate valueDate,
                   List<PaymentAllocation> periods) {
    }

    Checked check(NewPayment payment) {
        if (!AdherentNumber.isOne(payment.adherentNumber() == null ? null : payment.adherentNumber().strip())) {
            throw new Refusal("companyaccount.error.unknownCompany");
        }
        CompanyRow company = accounts.companyByAdherentNumber(payment.adherentNumber().strip())
                .orElseThrow(() -> new Refusal("companyaccount.error.unknownCompany"));
        BigDecimal amount = positive(payment.amount());
        String reference = bankReference(payment.bankReference());
        if (payments.bankReferenceUsed(reference)) {
            throw new Refusal("companyaccount.error.bankReferenceUsed", reference);
        }
        LocalDate today = today();
        LocalDate valueDate = payment.bankConfirmedOn();
        if (valueDate == null || valueDate.isAfter(today) || valueDate.isBefore(today.minusDays(OLDEST_VALUE_DATE_DAYS))) {
            throw new Refusal("companyaccount.error.valueDate");
        }
        List<PaymentAllocation> periods = payment.periods().stream()
                .map(part -> new PaymentAllocation(part.period(), positive(part.amount()))).toList();
        Set<DuePeriod> distinct = new HashSet<>();
        for (PaymentAllocation part : periods) {
            if (!distinct.add(part.period()) || part.period().firstDay().isAfter(today)) {
                throw new Refusal("companyaccount.error.periods");
            }
        }
        BigDecimal allocated = periods.stream().map(PaymentAllocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (periods.isEmpty() || allocated.compareTo(amount) != 0) {
            throw new Refusal("companyaccount.error.allocation", amount.toPlainString(), allocated.toPlainString());
        }
        return new Checked(company, amount, reference, valueDate, periods);
    }

    /**
     * Writes the checked payment and the n°5 request, audited; {@code requesterAccountId} is the
     * login the request is filed under (whoever brought the payment: the clerk, the approver, the
     * orderer of an E@sypaiement order).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    RecordedPayment write(Checked payment, PaymentSource source, String actor, long requesterAccountId) {
        Instant now = clock.instant();
        Instant confirmedAt = payment.valueDate().atStartOfDay(BusinessCalendar.ZONE).toInstant();
        Locale french = PortalI18NProvider.FRENCH;
        String periods = payment.periods().stream()
                .map(part -> part.period() + " : " + part.amount().toPlainString())
                .collect(Collectors.joining(", "));
        RequestReceipt receipt = serviceRequests.recordFulfilled(new NewRequest(REQUEST_TYPE, Channel.WEB, "fr",
                        i18n.getTranslation("companyaccount.request.subject", french, payment.bankReference(),
                                payment.company().adherentNumber()),
                        i18n.getTranslation("companyaccount.request.description", french,
                                payment.amount().toPlainString(), payment.valueDate().toString(), periods),
                        payment.company().legalName(), null, null),
                confirmedAt.isAfter(now) ? now : confirmedAt, requesterAccountId, payment.company().legalName(), null,
                actor, i18n.getTranslation("companyaccount.request.answer", french, payment.bankReference()));
        if (!payments.insert(payment.company().id(), payment.amount(), payment.bankReference(), payment.valueDate(),
                source, actor, now, receipt.reference(), payment.periods())) {
            throw new Refusal("companyaccount.error.bankReferenceUsed", payment.bankReference());
        }
        auditTrail.record(actor, "COMPANY_PAYMENT_RECORDED", payment.company().adherentNumber(),
                payment.bankReference() + " " + payment.amount().toPlainString() + " DH, " + source + ", " + periods,
                null);
        return new RecordedPayment(0, payment.company().adherentNumber(), payment.company().legalName(),
                payment.amount(), payment.bankReference(), payment.valueDate(), source, actor, now, receipt.reference(),
                payment.periods());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
    }

    static String bankReference(@Nullable String typed) {
        String reference = typed == null ? "" : typed.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (!BANK_REFERENCE.matcher(reference).matches()) {
            throw new Refusal("companyaccount.error.bankReference");
        }
        return reference;
    }

    /** Above zero, to the centime. */
    static BigDecimal positive(@Nullable BigDecimal amount) {
        if (amount == null) {
            throw new Refusal("validation.money");
        }
        Money money = new Money(amount.stripTrailingZeros());
        if (money.isZero()) {
            throw new Refusal("companyaccount.error.amount");
        }
        return money.amount().setScale(2, RoundingMode.UNNECESSARY);
    }
}
