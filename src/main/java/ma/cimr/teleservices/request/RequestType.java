package ma.cimr.teleservices.request;

import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * Something a person can ask the fund for, the team that handles it, and the charter commitment
 * (by its number for the population) whose deadline applies. A type the charter promises nothing
 * about (a pension claim, DD035) has commitment number 0, the fund's own delay as its rule, and is
 * never counted in a commitment's figure.
 *
 * @param filedBySystem       filed by the feature that did the thing (an opened space, a subscription,
 *                            a buy-back...), never by hand: no form offers it and the services refuse it
 * @param countedInCommitment false where the charter excludes the type from its commitment's figure
 *                            (complaints about pensions paid abroad): measured by its complaint scheme only
 */
public record RequestType(String code, Population population, int commitmentNumber, Team team, DeadlineRule rule,
                          @Nullable ComplaintScheme complaintScheme, String labelFr, String labelAr, String labelEn,
                          boolean filedBySystem, boolean countedInCommitment) {

    public boolean isComplaint() {
        return complaintScheme != null;
    }

    public String label(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar" -> labelAr;
            case "en" -> labelEn;
            default -> labelFr;
        };
    }
}
