package ma.cimr.teleservices.personaldata;

import ma.cimr.teleservices.shared.Formats;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * A value of the personal data in words, the same on the page and in the PDF: dates and amounts as
 * the person's language writes them, codes in words, nothing held as a dash.
 */
public final class PersonalDataText {

    private PersonalDataText() {
    }

    /**
     * @param translate a translation key and the locale to its words (the view's or the PDF's)
     */
    public static String of(@Nullable Object value, Locale locale, BiFunction<String, Locale, String> translate) {
        return switch (value) {
            case null -> "—";
            case LocalDate date -> Formats.date(date, locale);
            case Instant instant -> Formats.dateTime(instant, locale);
            case BigDecimal number -> Formats.amount(number, locale);
            case PersonalData.Code code -> translate.apply(code.translationPrefix() + code.code(), locale);
            case PersonalData.Named named -> named.label(locale);
            case PersonalData.Country country -> country.label(locale);
            case YearMonth month -> Formats.month(month, locale);
            case List<?> values -> values.isEmpty() ? "—" : values.stream()
                    .map(one -> of(one, locale, translate)).collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }

    /** A field's label: one key per section and field, so that "start" may read differently in two sections. */
    public static String labelKey(String section, String field) {
        return "mydata." + section + "." + field;
    }

    public static String titleKey(String section) {
        return "mydata." + section + ".title";
    }
}
