package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A date picker in the reader's language: Vaadin's own calendar speaks English ("Today", "Cancel",
 * "November") whatever the page's locale, and in Arabic it wrote dates with direction marks that
 * scrambled them ("222026/11/"). Dates are typed and shown as the portal prints them, 22/11/2026;
 * the week starts on Monday, as in Morocco.
 */
public class PortalDatePicker extends DatePicker {

    public PortalDatePicker(String label) {
        super(label);
        Locale locale = getLocale();
        setLocale(locale);
        Locale names = "ar".equals(locale.getLanguage()) ? Locale.forLanguageTag("ar-MA") : locale;
        setI18n(new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, names)).toList())
                .setWeekdays(weekdays(TextStyle.FULL_STANDALONE, names))
                // Arabic's short names are the full ones, too wide for a calendar's column
                .setWeekdaysShort(weekdays("ar".equals(locale.getLanguage()) ? TextStyle.NARROW_STANDALONE
                        : TextStyle.SHORT_STANDALONE, names))
                .setFirstDayOfWeek(1)
                .setDateFormats("dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "dd-MM-yyyy")
                .setToday(getTranslation("common.today"))
                .setCancel(getTranslation("action.cancel"))
                .setBadInputErrorMessage(getTranslation("validation.date"))
                .setMinErrorMessage(getTranslation("validation.dateTooEarly"))
                .setMaxErrorMessage(getTranslation("validation.dateTooLate")));
    }

    public PortalDatePicker(String label, LocalDate value) {
        this(label);
        setValue(value);
    }

    /** Sunday first, as the web component expects them whatever the first day of the week. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        return Stream.concat(Stream.of(DayOfWeek.SUNDAY), Arrays.stream(DayOfWeek.values()).filter(day -> day != DayOfWeek.SUNDAY))
                .map(day -> day.getDisplayName(style, locale)).toList();
    }
}
