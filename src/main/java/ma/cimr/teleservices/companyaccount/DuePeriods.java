package ma.cimr.teleservices.companyaccount;

import ma.cimr.teleservices.shared.value.DuePeriod;

import java.time.LocalDate;

/**
 * The tables store a due period as its first day and the company's periodicity beside it; this
 * turns the two back into the period the company reads ("2026-11", "2026-T4").
 */
public final class DuePeriods {

    private DuePeriods() {
    }

    public static DuePeriod of(LocalDate firstDay, String periodicity) {
        int month = firstDay.getMonthValue();
        if ("QUARTERLY".equals(periodicity) && month % 3 == 1) {
            return DuePeriod.quarter(firstDay.getYear(), (month - 1) / 3 + 1);
        }
        return DuePeriod.ofMonthStarting(firstDay);
    }
}
