package ma.cimr.teleservices.parameter;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A day off. Islamic holidays follow the moon: they are seeded as estimates and the
 * administrator confirms them once announced.
 */
public record PublicHoliday(LocalDate date, Kind kind, String labelFr, String labelAr, String labelEn,
                            boolean estimated) {

    public enum Kind { FIXED, ISLAMIC }

    public String label(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar" -> labelAr;
            case "en" -> labelEn;
            default -> labelFr;
        };
    }
}
