package ma.cimr.teleservices.companyaccount;

import ma.cimr.teleservices.declaration.DeclarationKind;
import ma.cimr.teleservices.declaration.DeclarationStatus;
import ma.cimr.teleservices.companyaccount.AccountEntry.Kind;
import ma.cimr.teleservices.companyaccount.repository.AccountReadModel.AllocationRow;
import ma.cimr.teleservices.companyaccount.repository.AccountReadModel.CompanyRow;
import ma.cimr.teleservices.companyaccount.repository.AccountReadModel.DeclarationRow;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.value.DuePeriod;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a company's declarations and payments into its compte adhérent (DD029), by the contract the
 * declaration feature keeps: an original counts from its filing while FILED, PROCESSING or PROCESSED,
 * and leaves from its cancellation (both lines stay in the history); a recall counts once PROCESSED,
 * from its processing. Surcharges are computed per period by {@link Surcharges} with the rate in
 * force on the period's due date.
 */
final class AccountLedger {

    private AccountLedger() {
    }

    static AccountSituation situation(CompanyRow company, List<DeclarationRow> declarations,
                                      List<AllocationRow> payments, List<LatePaymentRate> rates, LocalDate asOf) {
        Map<LocalDate, Builder> periods = new TreeMap<>();
        for (DeclarationRow declaration : declarations) {
            Builder period = periods.computeIfAbsent(declaration.duePeriod(),
                    day -> new Builder(DuePeriods.of(day, declaration.periodicity())));
            boolean original = declaration.kind() == DeclarationKind.ORIGINAL;
            if (original && declaration.filedAt() != null) {
                period.add(date(declaration.filedAt()), Kind.DECLARATION_FILED, declaration.categoryCode(),
                        declaration.amount());
                if (declaration.status() == DeclarationStatus.CANCELLED && declaration.cancelledAt() != null) {
                    period.add(date(declaration.cancelledAt()), Kind.DECLARATION_CANCELLED,
                            declaration.categoryCode(), declaration.amount().negate());
                }
            } else if (!original && declaration.status() == DeclarationStatus.PROCESSED && declaration.processedAt() != null) {
                period.add(date(declaration.processedAt()), Kind.RECALL_ACCEPTED, declaration.categoryCode(),
                        declaration.amount());
            }
        }
        for (AllocationRow payment : payments) {
            Builder period = periods.computeIfAbsent(payment.duePeriod(),
                    day -> new Builder(DuePeriods.of(day, company.periodicity())));
            period.paid.add(new Surcharges.Paid(payment.valueDate(), payment.amount()));
            period.add(payment.valueDate(), Kind.PAYMENT_RECEIVED, payment.bankReference(), payment.amount().negate());
        }
        List<AccountPeriod> built = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        for (Builder period : periods.values()) {
            AccountPeriod done = period.build(rates, asOf, running);
            running = done.runningBalance();
            built.add(done);
        }
        return new AccountSituation(company.adherentNumber(), company.legalName(), asOf, built, inForce(rates, asOf));
    }

    /** The row in force on a day: the latest starting on it or before. */
    static @Nullable LatePaymentRate inForce(List<LatePaymentRate> rates, LocalDate day) {
        return rates.stream().filter(rate -> !rate.appliesFrom().isAfter(day))
                .max(Comparator.comparing(LatePaymentRate::appliesFrom)).orElse(null);
    }

    /**
     * The row pricing a period: the latest whose start is on or before the due date it gives the
     * period (each row says its own due day).
     */
    static @Nullable LatePaymentRate forPeriod(List<LatePaymentRate> rates, DuePeriod period) {
        return rates.stream().filter(rate -> !rate.appliesFrom().isAfter(rate.dueDate(period.lastMonth())))
                .max(Comparator.comparing(LatePaymentRate::appliesFrom)).orElse(null);
    }

    private static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, BusinessCalendar.ZONE);
    }

    private static final class Builder {
        private final DuePeriod period;
        private final List<AccountEntry> entries = new ArrayList<>();
        private final List<Surcharges.Paid> paid = new ArrayList<>();
        private BigDecimal declared = BigDecimal.ZERO;

        Builder(DuePeriod period) {
            this.period = period;
        }

        void add(LocalDate date, Kind kind, String detail, BigDecimal amount) {
            entries.add(new AccountEntry(date, kind, detail, amount, null));
            if (kind != Kind.PAYMENT_RECEIVED) {
                declared = declared.add(amount);
            }
        }

        AccountPeriod build(List<LatePaymentRate> rates, LocalDate asOf, BigDecimal runningBefore) {
            LatePaymentRate rate = forPeriod(rates, period);
            @Nullable LocalDate dueDate = null;
            BigDecimal surcharges = BigDecimal.ZERO;
            if (rate != null) {
                LocalDate due = rate.dueDate(period.lastMonth());
                dueDate = due;
                for (Surcharges.Month month : Surcharges.of(declared, paid, due, rate.monthlyPercent(), asOf)) {
                    entries.add(new AccountEntry(month.addedOn(), Kind.SURCHARGE, "", month.surcharge(),
                            month.unpaid()));
                    surcharges = surcharges.add(month.surcharge());
                }
            }
            BigDecimal paidTotal = paid.stream().map(Surcharges.Paid::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            entries.sort(Comparator.comparing(AccountEntry::date).thenComparing(AccountEntry::kind));
            BigDecimal balance = declared.add(surcharges).subtract(paidTotal);
            return new AccountPeriod(period, dueDate, declared, surcharges, paidTotal, runningBefore.add(balance), entries);
        }
    }
}
