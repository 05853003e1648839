package ma.cimr.teleservices.request;

import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * One numbered promise of the client charter. A null deadline means the promise is a calendar
 * rule ("on the first day of each month"), not a delay in business days.
 */
public record ServiceCommitment(Population population, int number, String labelFr, String labelAr,
                                String labelEn, @Nullable Integer deadlineBusinessDays) {

    public String label(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar" -> labelAr;
            case "en" -> labelEn;
            default -> labelFr;
        };
    }
}
