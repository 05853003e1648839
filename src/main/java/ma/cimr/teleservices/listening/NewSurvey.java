package ma.cimr.teleservices.listening;

import java.time.LocalDate;
import java.util.List;

/** What an administrator opens: the period and its questions, as typed (checked by {@link Surveys#open}). */
public record NewSurvey(LocalDate opensOn, LocalDate closesOn, List<SurveyQuestion> questions) {

    public NewSurvey {
        questions = List.copyOf(questions);
    }
}
