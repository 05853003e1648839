package ma.cimr.teleservices.listening;

import java.util.Locale;

/**
 * One question of a survey period, answered on a scale of 1 to 5. Written by the administrator in
 * the portal's three languages, so each person reads it in their own.
 */
public record SurveyQuestion(int position, String textFr, String textAr, String textEn) {

    public String text(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar" -> textAr;
            case "en" -> textEn;
            default -> textFr;
        };
    }
}
