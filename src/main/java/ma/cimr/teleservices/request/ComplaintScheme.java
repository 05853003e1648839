package ma.cimr.teleservices.request;

import ma.cimr.teleservices.shared.BusinessCalendar;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How a complaint is handled: how fast it is acknowledged and answered, whether a delay must be
 * announced with the new date, and when conciliation opens. The mediator beyond it is the fund's
 * to name in configuration ({@link MediationContact}), the same for every scheme.
 */
public record ComplaintScheme(String code, String labelFr, String labelAr, String labelEn, int acknowledgementDays,
                              int answerDays, boolean businessDays, boolean delayNoticeRequired,
                              int conciliationAfterDays) {

    /**
     * The acknowledgement is due within its own delay (10 days for the 10/40-day scheme), counted
     * as the answer is; 0 means on the day of reception.
     */
    public LocalDate acknowledgementDue(LocalDate receivedOn, BusinessCalendar calendar) {
        if (acknowledgementDays == 0) {
            return receivedOn;
        }
        return businessDays ? calendar.plusBusinessDays(receivedOn, acknowledgementDays)
                : receivedOn.plusDays(acknowledgementDays);
    }

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
