package ma.cimr.teleservices.membership.ui;

import ma.cimr.teleservices.membership.RateStep;
import ma.cimr.teleservices.shared.Formats;

import java.util.Locale;
import java.util.function.BiFunction;

/** How a rate step reads wherever one is chosen: employee and employer rates, and whether illustrative. */
final class RateSteps {

    private RateSteps() {
    }

    static String label(RateStep step, Locale locale, BiFunction<String, Object[], String> translation) {
        String text = translation.apply("membership.step.label", new Object[] {Formats.rate(step.employeeRate(), locale),
                Formats.rate(step.employerRate(), locale)});
        return step.illustrative() ? text + " " + translation.apply("membership.step.illustrative", new Object[0]) : text;
    }
}
