package ma.cimr.teleservices.request;

import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * Something a person can ask the fund for, the team that handles it, and the charter commitment
 * (by its number for the population) whose deadline applies.
 */
public record RequestType(String code, Population population, int commitmentNumber, Team team, DeadlineRule rule,
                          @Nullable ComplaintScheme complaintScheme, String labelFr, String labelAr, String labelEn) {

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
