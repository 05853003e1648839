package ma.cimr.teleservices.request;

import ma.cimr.teleservices.shared.BusinessCalendar;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How a complaint is handled: how fast it is acknowledged and answered, whether a delay must be
 * announced with the new date, and the recourse beyond the fund's own answer.
 */
public record ComplaintScheme(String code, String labelFr, String labelAr, String labelEn, int acknowledgementDays,
                              int answerDays, boolean businessDays, boolean delayNoticeRequired,
                              int conciliationAfterDays, String mediatorName, String mediatorContact) {

    public LocalDate answerDue(LocalDate receivedOn, BusinessCalendar calendar) {
        return businessDays ? calendar.plusBusinessDays(receivedOn, answerDays) : receivedOn.plusDays(answerDays);
    }

    /** With no answer by then, the requester may take the complaint to conciliation. */
    public LocalDate conciliationOpensOn(LocalDate receivedOn) {
        return receivedOn.plusDays(conciliationAfterDays);
    }

    public String label(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar" -> labelAr;
            case "en" -> labelEn;
            default -> labelFr;
        };
    }
}
