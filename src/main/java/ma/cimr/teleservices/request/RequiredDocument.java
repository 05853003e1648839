package ma.cimr.teleservices.request;

import java.util.Locale;

/** A document to provide with a kind of request, as the form lists it before filing. */
public record RequiredDocument(String labelFr, String labelAr, String labelEn) {

    public String label(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar" -> labelAr;
            case "en" -> labelEn;
            default -> labelFr;
        };
    }
}
