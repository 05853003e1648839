package ma.cimr.teleservices.companyaccount;

import ma.cimr.teleservices.companyaccount.Surcharges.Paid;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The surcharge formula on crafted cases (DD029): 2 % per month or part of a month, on what was
 * still unpaid at the start of each month of lateness, counted from the due date.
 */
class SurchargesTest {

    private static final LocalDate DUE = LocalDate.of(2025, 2, 15);
    private static final BigDecimal RATE = new BigDecimal("2.00");
    private static final LocalDate LONG_AFTER = LocalDate.of(2026, 1, 1);

    @Test
    void aPeriodPaidOnItsDueDateCostsNothing() {
        var months = Surcharges.of(new BigDecimal("1000.00"), List.of(new Paid(DUE, new BigDecimal("1000.00"))), DUE,
                RATE, LONG_AFTER);

        assertThat(months).isEmpty();
    }

    @Test
    void paidThreeDaysLateCostsOneMonthOfTheRateOnTheWholeAmount() {
        var months = Surcharges.of(new BigDecimal("1000.00"),
                List.of(new Paid(DUE.plusDays(3), new BigDecimal("1000.00"))), DUE, RATE, LONG_AFTER);

        assertThat(months).extracting(Surcharges.Month::surcharge).containsExactly(new BigDecimal("20.00"));
        assertThat(months.getFirst().addedOn()).isEqualTo(DUE.plusDays(1));
    }

    @Test
    void paidFortyDaysLateCostsTwoMonthsForTheMonthAndThePartOfAMonth() {
        var months = Surcharges.of(new BigDecimal("1000.00"),
                List.of(new Paid(DUE.plusDays(40), new BigDecimal("1000.00"))), DUE, RATE, LONG_AFTER);

        assertThat(Surcharges.total(months)).isEqualByComparingTo("40.00");
        assertThat(months).hasSize(2);
    }

    @Test
    void paidExactlyOneMonthLateCostsOneMonth() {
        var months = Surcharges.of(new BigDecimal("1000.00"),
                List.of(new Paid(DUE.plusMonths(1), new BigDecimal("1000.00"))), DUE, RATE, LONG_AFTER);

        assertThat(Surcharges.total(months)).isEqualByComparingTo("20.00");
    }

    @Test
    void onlyWhatStayedUnpaidAfterTheDueDateBearsTheSurcharge() {
        // 600 on time, 300 ten days late, 100 forty days late
        var months = Surcharges.of(new BigDecimal("1000.00"), List.of(
                new Paid(DUE.minusDays(2), new BigDecimal("600.00")),
                new Paid(DUE.plusDays(10), new BigDecimal("300.00")),
                new Paid(DUE.plusDays(40), new BigDecimal("100.00"))), DUE, RATE, LONG_AFTER);

        // month 1 on the 400 unpaid at the due date, month 2 on the 100 unpaid a month later
        assertThat(months).extracting(Surcharges.Month::unpaid)
                .containsExactly(new BigDecimal("400.00"), new BigDecimal("100.00"));
        assertThat(Surcharges.total(months)).isEqualByComparingTo("10.00");
    }

    @Test
    void anUnpaidPeriodAddsAMonthForEveryMonthOrPartOfAMonthUpToToday() {
        LocalDate today = DUE.plusMonths(3).plusDays(1);

        var months = Surcharges.of(new BigDecimal("1234.56"), List.of(), DUE, RATE, today);

        assertThat(months).hasSize(4);
        assertThat(months).allSatisfy(month -> assertThat(month.surcharge()).isEqualByComparingTo("24.69"));
        assertThat(Surcharges.of(new BigDecimal("1234.56"), List.of(), DUE, RATE, DUE)).isEmpty();
    }

    @Test
    void aZeroRateOrNothingDeclaredCostsNothing() {
        assertThat(Surcharges.of(new BigDecimal("1000.00"), List.of(), DUE, BigDecimal.ZERO, LONG_AFTER)).isEmpty();
        assertThat(Surcharges.of(BigDecimal.ZERO, List.of(), DUE, RATE, LONG_AFTER)).isEmpty();
    }

    @Test
    void aQuarterIsDueOnTheDueDayOfTheMonthAfterItsLastMonth() {
        var rate = new LatePaymentRate(LocalDate.of(2020, 1, 1), RATE, 10, "admin2", java.time.Instant.EPOCH);

        assertThat(rate.dueDate(ma.cimr.teleservices.shared.value.DuePeriod.quarter(2025, 4).lastMonth()))
                .isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(rate.dueDate(java.time.YearMonth.of(2025, 1))).isEqualTo(LocalDate.of(2025, 2, 10));
    }
}
