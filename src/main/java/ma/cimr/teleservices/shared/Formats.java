package ma.cimr.teleservices.shared;

import ma.cimr.teleservices.shared.value.Money;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Numbers, amounts and dates as each language writes them. Arabic pages keep Latin digits, as
 * Moroccan administrative documents do. Plain Java, outside the user interface: the screens and
 * the documents the portal prints (the points statement in PDF) write numbers alike.
 */
public final class Formats {

    private Formats() {
    }

    public static String amount(@Nullable BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(digits(locale));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public static String amount(@Nullable Money money, Locale locale) {
        return money == null ? "" : amount(money.amount(), locale);
    }

    /** A plain number with exactly this many decimals: a coefficient (0,720), a factor. */
    public static String decimal(BigDecimal value, int fractionDigits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(digits(locale));
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }

    public static String rate(@Nullable BigDecimal percent, Locale locale) {
        if (percent == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(digits(locale));
        format.setMinimumFractionDigits(2);
        return format.format(percent) + " %";
    }

    public static String date(@Nullable LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(digits(locale)).format(date);
    }

    public static String shortDate(@Nullable LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy", digits(locale)).format(date);
    }

    public static String dateTime(@Nullable Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", digits(locale))
                .withZone(BusinessCalendar.ZONE).format(instant);
    }

    public static String month(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", digits(locale)).format(month);
    }

    private static Locale digits(Locale locale) {
        // "ar" alone would print Arabic-Indic digits; Morocco writes 0-9
        return "ar".equals(locale.getLanguage()) ? Locale.forLanguageTag("ar-MA-u-nu-latn") : locale;
    }
}
