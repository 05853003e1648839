package ma.cimr.teleservices.listening;

import ma.cimr.teleservices.shell.Space;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a survey period says, for the charter dashboard: how many answered, from which space, the
 * average score of each question overall and per space, and the latest comments (without names:
 * answers are not linked to anyone, DD042).
 */
public record SurveyResults(Survey survey, int responses, Map<Space, Integer> responsesPerSpace,
                            List<QuestionResult> questions, List<String> latestComments) {

    public SurveyResults {
        responsesPerSpace = Map.copyOf(responsesPerSpace);
        questions = List.copyOf(questions);
        latestComments = List.copyOf(latestComments);
    }

    /** A question's average (1 to 5, one decimal), overall and in each space that answered. */
    public record QuestionResult(SurveyQuestion question, BigDecimal average, Map<Space, BigDecimal> averagePerSpace) {

        public QuestionResult {
            averagePerSpace = Map.copyOf(averagePerSpace);
        }
    }
}
