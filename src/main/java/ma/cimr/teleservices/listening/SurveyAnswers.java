package ma.cimr.teleservices.listening;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/** One person's answers: a score from 1 to 5 per question position, and an optional comment. */
public record SurveyAnswers(Map<Integer, Integer> scores, @Nullable String comment) {

    public SurveyAnswers {
        scores = Map.copyOf(scores);
    }
}
