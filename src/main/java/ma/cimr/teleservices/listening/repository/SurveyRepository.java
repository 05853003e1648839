package ma.cimr.teleservices.listening.repository;

import ma.cimr.teleservices.listening.NewSurvey;
import ma.cimr.teleservices.listening.Survey;
import ma.cimr.teleservices.listening.SurveyAnswers;
import ma.cimr.teleservices.listening.SurveyResults;
import ma.cimr.teleservices.shell.Space;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Survey periods, who took part, and the answers, which name no one. */
public interface SurveyRepository {

    /** True when another period has a day in common with this one. */
    boolean overlaps(LocalDate opensOn, LocalDate closesOn);

    long insert(NewSurvey survey, String openedBy, Instant openedAt);

    Optional<Survey> openOn(LocalDate day);

    Optional<Survey> find(long id);

    /** Every period, the latest first. */
    List<Survey> all();

    /** The periods with a day between these two, the latest first. */
    List<Survey> between(LocalDate from, LocalDate to);

    boolean hasParticipated(long surveyId, long accountId);

    /** Records the invitation as shown; false when this person had already been invited or had answered. */
    boolean markInvited(long surveyId, long accountId, Instant at);

    /** Records that this person answered; false when they already had. */
    boolean markAnswered(long surveyId, long accountId, Instant at);

    /** Stores the answers, linked to the period and the space only. */
    void insertResponse(long surveyId, Space space, SurveyAnswers answers);

    SurveyResults results(Survey survey, int latestComments);
}
