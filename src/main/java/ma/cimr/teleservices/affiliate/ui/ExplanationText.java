package ma.cimr.teleservices.affiliate.ui;

import ma.cimr.teleservices.affiliate.rules.Argument;
import ma.cimr.teleservices.affiliate.rules.Explanation;
import ma.cimr.teleservices.shared.Formats;

import java.math.RoundingMode;
import java.util.Locale;

/** The numbers of an explanation, written the reader's way, for its translated sentence. */
final class ExplanationText {

    private ExplanationText() {
    }

    static Object[] arguments(Explanation explanation, Locale locale) {
        return explanation.arguments().stream().map(argument -> format(argument, locale)).toArray();
    }

    private static String format(Argument argument, Locale locale) {
        return switch (argument) {
            case Argument.Money money -> Formats.amount(money.value(), locale);
            case Argument.Points points -> Formats.amount(points.value(), locale);
            case Argument.Percent percent -> Formats.rate(percent.value(), locale);
            case Argument.Factor factor -> factor.value().setScale(Math.max(2, Math.min(3, factor.value().stripTrailingZeros().scale())), RoundingMode.HALF_UP).toPlainString();
            case Argument.Year year -> String.valueOf(year.value());
            case Argument.Count count -> String.valueOf(count.value());
            case Argument.Text text -> text.value();
            case Argument.Day day -> Formats.date(day.value(), locale);
        };
    }
}
