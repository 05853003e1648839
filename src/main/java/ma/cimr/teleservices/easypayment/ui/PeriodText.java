package ma.cimr.teleservices.easypayment.ui;

import com.vaadin.flow.component.Component;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.value.DuePeriod;

import java.util.Locale;

/** A due period as the compte adhérent writes it: "novembre 2026", or "T4 2026" for a quarter. */
final class PeriodText {

    private PeriodText() {
    }

    static String of(DuePeriod period, Component screen, Locale locale) {
        return period.frequency() == DuePeriod.Frequency.MONTH ? Formats.month(period.firstMonth(), locale)
                : screen.getTranslation("companyaccount.period.quarter", String.valueOf(period.number()),
                String.valueOf(period.year()));
    }
}
