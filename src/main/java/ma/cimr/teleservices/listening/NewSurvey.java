package ma.cimr.teleservices.listening;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an administrator opens: the period and its questions, as typed (checked by {@link Surveys#open}). */
public record NewSurvey(@Nullable LocalDate opensOn, @Nullable LocalDate closesOn, List<SurveyQuestion> questions) {

    public NewSurvey {
        questions = List.copyOf(questions);
    }
}
