package ma.cimr.teleservices.easypayment;

import ma.cimr.teleservices.company.CompanyService;
import ma.cimr.teleservices.company.ContributionCategory;
import ma.cimr.teleservices.companyaccount.AccountEntry;
import ma.cimr.teleservices.companyaccount.AccountPeriod;
import ma.cimr.teleservices.companyaccount.CompanyAccountService;
import ma.cimr.teleservices.easypayment.repository.PaymentOrderRepository;
import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Money;
import ma.cimr.teleservices.shared.value.Rib;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an order may ask (DD033): open periods of the compte adhérent only, never more than a period
 * still owes once the company's other live orders are counted, never a period already paid or one
 * whose only categories are closed; the company's account with its RIB key checked; an execution
 * day that is a business day, today or later (within {@value #FURTHEST_DAYS} days). The account is
 * read as the signed-in orderer or validator reads it (the compte adhérent service).
 */
@Component
class OrderRules {

    static final int FURTHEST_DAYS = 90;
    static final int REASON_LENGTH = 500;

    private final CompanyAccountService companyAccounts;
    private final CompanyService companies;
    private final PaymentOrderRepository orders;
    private final HolidayService holidays;
    private final Clock clock;

    OrderRules(CompanyAccountService companyAccounts, CompanyService companies, PaymentOrderRepository orders,
               HolidayService holidays, Clock clock) {
        this.companyAccounts = companyAccounts;
        this.companies = companies;
        this.orders = orders;
        this.holidays = holidays;
        this.clock = clock;
    }

    /** @param aboveDueReason the orderer's reason, kept only when an amount is above what is due */
    record Checked(List<OrderLine> lines, Rib rib, LocalDate executionDate, BigDecimal amount,
                   @Nullable String aboveDueReason) {
    }

    /** The lines as checked, and the reason that lets one of them be above its due (null if none is). */
    record CheckedAmounts(List<OrderLine> lines, @Nullable String aboveDueReason) {
    }

    /** The open periods an order may settle, with what the other live orders already ask. */
    List<PayableDue> payable(long companyId, long exceptOrderId) {
        Set<String> closed = closedCategories();
        Map<String, BigDecimal> ordered = orders.orderedByPeriod(companyId, exceptOrderId);
        return companyAccounts.myAccountToPay().openPeriods().stream()
                .filter(period -> !onClosedCategoriesOnly(period, closed))
                .map(period -> new PayableDue(period.period(), period.balance(),
                        ordered.getOrDefault(period.period().toString(), BigDecimal.ZERO)))
                .filter(due -> due.payable().signum() > 0)
                .toList();
    }

    /** The first day an order may be executed: today if it is a business day, else the next one. */
    LocalDate firstExecutionDay() {
        LocalDate day = PaymentOrders.today(clock);
        var calendar = holidays.calendar();
        while (!calendar.isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    Checked check(long companyId, long exceptOrderId, OrderDraft draft) {
        CheckedAmounts amounts = checkAmounts(companyId, exceptOrderId, draft.lines(), draft.aboveDueReason());
        List<OrderLine> lines = amounts.lines();
        Rib rib = Rib.parse(draft.rib());
        LocalDate day = draft.executionDate();
        LocalDate today = PaymentOrders.today(clock);
        if (day == null || day.isBefore(today) || day.isAfter(today.plusDays(FURTHEST_DAYS))) {
            throw new Refusal("easypayment.error.executionDate", FURTHEST_DAYS);
        }
        if (!holidays.calendar().isBusinessDay(day)) {
            throw new Refusal("easypayment.error.notBusinessDay");
        }
        BigDecimal amount = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Checked(lines, rib, day, amount, amounts.aboveDueReason());
    }

    /**
     * The lines, each to the centime, checked against what each period still owes: an amount above
     * it passes only with the orderer's reason (the "never above what is due without a
     * reason", DD040), which is then kept; without one above the dues, a reason typed is dropped.
     */
    CheckedAmounts checkAmounts(long companyId, long exceptOrderId, List<OrderLine> typed,
                                @Nullable String aboveDueReason) {
        String reason = aboveDueReason == null ? "" : aboveDueReason.strip();
        if (reason.length() > REASON_LENGTH) {
            throw new Refusal("easypayment.error.aboveDueReasonLength", REASON_LENGTH);
        }
        boolean above = false;
        if (typed.isEmpty()) {
            throw new Refusal("easypayment.error.noPeriod");
        }
        Map<DuePeriod, AccountPeriod> account = new HashMap<>();
        companyAccounts.myAccountToPay().periods().forEach(period -> account.put(period.period(), period));
        Set<String> closed = closedCategories();
        Map<String, BigDecimal> ordered = orders.orderedByPeriod(companyId, exceptOrderId);
        Set<DuePeriod> seen = new HashSet<>();
        List<OrderLine> lines = new ArrayList<>();
        for (OrderLine line : typed) {
            if (line.period() == null || !seen.add(line.period())) {
                throw new Refusal("easypayment.error.periods");
            }
            BigDecimal amount = centimes(line.amount());
            AccountPeriod period = account.get(line.period());
            if (period == null) {
                throw new Refusal("easypayment.error.notDue", line.period().toString());
            }
            if (!period.open()) {
                throw new Refusal("easypayment.error.periodPaid", line.period().toString());
            }
            if (onClosedCategoriesOnly(period, closed)) {
                throw new Refusal("easypayment.error.closedCategory", line.period().toString());
            }
            BigDecimal payable = new PayableDue(period.period(), period.balance(),
                    ordered.getOrDefault(period.period().toString(), BigDecimal.ZERO)).payable();
            if (amount.compareTo(payable) > 0) {
                if (reason.isEmpty()) {
                    throw new Refusal("easypayment.error.aboveDue", line.period().toString(), payable.toPlainString());
                }
                above = true;
            }
            lines.add(new OrderLine(line.period(), amount));
        }
        lines.sort((a, b) -> a.period().compareTo(b.period()));
        return new CheckedAmounts(lines, above ? reason : null);
    }

    private Set<String> closedCategories() {
        return companies.myCompany().categories().stream().filter(category -> !category.active())
                .map(ContributionCategory::code).collect(Collectors.toSet());
    }

    /** A period whose declarations all belong to categories the company closed. */
    private static boolean onClosedCategoriesOnly(AccountPeriod period, Set<String> closed) {
        Set<String> declared = period.entries().stream()
                .filter(entry -> entry.kind() == AccountEntry.Kind.DECLARATION_FILED
                        || entry.kind() == AccountEntry.Kind.RECALL_ACCEPTED)
                .map(AccountEntry::detail).collect(Collectors.toSet());
        return !declared.isEmpty() && closed.containsAll(declared);
    }

    /** Above zero, to the centime; null when a form's line reaches here with no amount typed. */
    private static BigDecimal centimes(@Nullable BigDecimal typed) {
        if (typed == null) {
            throw new Refusal("easypayment.error.amount");
        }
        Money money;
        try {
            money = new Money(typed.stripTrailingZeros());
        } catch (Refusal refusal) {
            throw new Refusal("easypayment.error.amount");
        }
        if (money.isZero()) {
            throw new Refusal("easypayment.error.amount");
        }
        return money.amount();
    }
}
