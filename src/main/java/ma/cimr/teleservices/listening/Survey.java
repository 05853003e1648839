package ma.cimr.teleservices.listening;

import java.time.LocalDate;
import java.util.List;

/** A survey period (the charter's "enquêtes de satisfaction"): its days, first and last, and its questions. */
public record Survey(long id, LocalDate opensOn, LocalDate closesOn, List<SurveyQuestion> questions) {

    public Survey {
        questions = List.copyOf(questions);
    }

    public boolean openOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
