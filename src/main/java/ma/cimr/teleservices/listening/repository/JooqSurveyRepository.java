package ma.cimr.teleservices.listening.repository;

import ma.cimr.teleservices.listening.NewSurvey;
import ma.cimr.teleservices.listening.Survey;
import ma.cimr.teleservices.listening.SurveyAnswers;
import ma.cimr.teleservices.listening.SurveyQuestion;
import ma.cimr.teleservices.listening.SurveyResults;
import ma.cimr.teleservices.listening.SurveyResults.QuestionResult;
import ma.cimr.teleservices.shell.Space;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.SURVEY;
import static ma.cimr.teleservices.jooq.Tables.SURVEY_ANSWER;
import static ma.cimr.teleservices.jooq.Tables.SURVEY_PARTICIPATION;
import static ma.cimr.teleservices.jooq.Tables.SURVEY_QUESTION;
import static ma.cimr.teleservices.jooq.Tables.SURVEY_RESPONSE;
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.count;

@Repository
class JooqSurveyRepository implements SurveyRepository {

    private final DSLContext dsl;

    JooqSurveyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean overlaps(LocalDate opensOn, LocalDate closesOn) {
        return dsl.fetchExists(SURVEY, SURVEY.OPENS_ON.le(closesOn).and(SURVEY.CLOSES_ON.ge(opensOn)));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(NewSurvey survey, String openedBy, Instant openedAt) {
        long id = dsl.insertInto(SURVEY)
                .set(SURVEY.OPENS_ON, survey.opensOn())
                .set(SURVEY.CLOSES_ON, survey.closesOn())
                .set(SURVEY.OPENED_BY, openedBy)
                .set(SURVEY.OPENED_AT, utc(openedAt))
                .returning(SURVEY.ID).fetchOne(SURVEY.ID);
        var insert = dsl.insertInto(SURVEY_QUESTION, SURVEY_QUESTION.SURVEY_ID, SURVEY_QUESTION.POSITION,
                SURVEY_QUESTION.TEXT_FR, SURVEY_QUESTION.TEXT_AR, SURVEY_QUESTION.TEXT_EN);
        for (SurveyQuestion question : survey.questions()) {
            insert = insert.values(id, (short) question.position(), question.textFr(), question.textAr(), question.textEn());
        }
        insert.execute();
        return id;
    }

    @Override
    public Optional<Survey> openOn(LocalDate day) {
        return surveys(SURVEY.OPENS_ON.le(day).and(SURVEY.CLOSES_ON.ge(day))).stream().findFirst();
    }

    @Override
    public Optional<Survey> find(long id) {
        return surveys(SURVEY.ID.eq(id)).stream().findFirst();
    }

    @Override
    public List<Survey> all() {
        return surveys(org.jooq.impl.DSL.trueCondition());
    }

    @Override
    public List<Survey> between(LocalDate from, LocalDate to) {
        return surveys(SURVEY.OPENS_ON.le(to).and(SURVEY.CLOSES_ON.ge(from)));
    }

    /** The periods that meet the condition with their questions, in two queries. */
    private List<Survey> surveys(Condition condition) {
        Map<Long, Record> periods = new LinkedHashMap<>();
        dsl.select(SURVEY.ID, SURVEY.OPENS_ON, SURVEY.CLOSES_ON).from(SURVEY).where(condition)
                .orderBy(SURVEY.OPENS_ON.desc())
                .forEach(row -> periods.put(row.get(SURVEY.ID), row));
        if (periods.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SurveyQuestion>> questions = new LinkedHashMap<>();
        dsl.selectFrom(SURVEY_QUESTION).where(SURVEY_QUESTION.SURVEY_ID.in(periods.keySet()))
                .orderBy(SURVEY_QUESTION.POSITION)
                .forEach(row -> questions.computeIfAbsent(row.getSurveyId(), id -> new ArrayList<>())
                        .add(new SurveyQuestion(row.getPosition(), row.getTextFr(), row.getTextAr(), row.getTextEn())));
        return periods.values().stream().map(row -> new Survey(row.get(SURVEY.ID), row.get(SURVEY.OPENS_ON),
                row.get(SURVEY.CLOSES_ON), questions.getOrDefault(row.get(SURVEY.ID), List.of()))).toList();
    }

    @Override
    public boolean hasParticipated(long surveyId, long accountId) {
        return dsl.fetchExists(SURVEY_PARTICIPATION, SURVEY_PARTICIPATION.SURVEY_ID.eq(surveyId),
                SURVEY_PARTICIPATION.ACCOUNT_ID.eq(accountId), SURVEY_PARTICIPATION.ANSWERED_AT.isNotNull());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean markInvited(long surveyId, long accountId, Instant at) {
        return dsl.insertInto(SURVEY_PARTICIPATION)
                .set(SURVEY_PARTICIPATION.SURVEY_ID, surveyId)
                .set(SURVEY_PARTICIPATION.ACCOUNT_ID, accountId)
                .set(SURVEY_PARTICIPATION.INVITED_AT, utc(at))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean markAnswered(long surveyId, long accountId, Instant at) {
        // one statement, so two tabs answering at once cannot both find "not answered yet"
        return dsl.insertInto(SURVEY_PARTICIPATION)
                .set(SURVEY_PARTICIPATION.SURVEY_ID, surveyId)
                .set(SURVEY_PARTICIPATION.ACCOUNT_ID, accountId)
                .set(SURVEY_PARTICIPATION.ANSWERED_AT, utc(at))
                .onConflict(SURVEY_PARTICIPATION.SURVEY_ID, SURVEY_PARTICIPATION.ACCOUNT_ID)
                .doUpdate()
                .set(SURVEY_PARTICIPATION.ANSWERED_AT, utc(at))
                .where(SURVEY_PARTICIPATION.ANSWERED_AT.isNull())
                .execute() == 1;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertResponse(long surveyId, Space space, SurveyAnswers answers) {
        long responseId = dsl.insertInto(SURVEY_RESPONSE)
                .set(SURVEY_RESPONSE.SURVEY_ID, surveyId)
                .set(SURVEY_RESPONSE.SPACE, space.name())
                .set(SURVEY_RESPONSE.COMMENT, answers.comment())
                .returning(SURVEY_RESPONSE.ID).fetchOne(SURVEY_RESPONSE.ID);
        var insert = dsl.insertInto(SURVEY_ANSWER, SURVEY_ANSWER.RESPONSE_ID, SURVEY_ANSWER.SURVEY_ID,
                SURVEY_ANSWER.POSITION, SURVEY_ANSWER.SCORE);
        for (var score : answers.scores().entrySet()) {
            insert = insert.values(responseId, surveyId, score.getKey().shortValue(), score.getValue().shortValue());
        }
        insert.execute();
    }

    @Override
    public SurveyResults results(Survey survey, int latestComments) {
        Map<Space, Integer> perSpace = new EnumMap<>(Space.class);
        dsl.select(SURVEY_RESPONSE.SPACE, count()).from(SURVEY_RESPONSE)
                .where(SURVEY_RESPONSE.SURVEY_ID.eq(survey.id()))
                .groupBy(SURVEY_RESPONSE.SPACE)
                .forEach(row -> perSpace.put(Space.valueOf(row.value1()), row.value2()));
        int responses = perSpace.values().stream().mapToInt(Integer::intValue).sum();

        Map<Integer, Map<Space, BigDecimal>> averages = new LinkedHashMap<>();
        dsl.select(SURVEY_ANSWER.POSITION, SURVEY_RESPONSE.SPACE, avg(SURVEY_ANSWER.SCORE))
                .from(SURVEY_ANSWER).join(SURVEY_RESPONSE).on(SURVEY_RESPONSE.ID.eq(SURVEY_ANSWER.RESPONSE_ID))
                .where(SURVEY_ANSWER.SURVEY_ID.eq(survey.id()))
                .groupBy(SURVEY_ANSWER.POSITION, SURVEY_RESPONSE.SPACE)
                .forEach(row -> averages.computeIfAbsent(row.value1().intValue(), position -> new EnumMap<>(Space.class))
                        .put(Space.valueOf(row.value2()), row.value3().setScale(1, RoundingMode.HALF_UP)));
        Map<Integer, BigDecimal> overall = new LinkedHashMap<>();
        dsl.select(SURVEY_ANSWER.POSITION, avg(SURVEY_ANSWER.SCORE)).from(SURVEY_ANSWER)
                .where(SURVEY_ANSWER.SURVEY_ID.eq(survey.id()))
                .groupBy(SURVEY_ANSWER.POSITION)
                .forEach(row -> overall.put(row.value1().intValue(), row.value2().setScale(1, RoundingMode.HALF_UP)));

        List<QuestionResult> questions = new ArrayList<>();
        for (var question : survey.questions()) {
            BigDecimal average = overall.get(question.position());
            if (average != null) {
                questions.add(new QuestionResult(question, average,
                        averages.getOrDefault(question.position(), Map.of())));
            }
        }
        List<String> comments = dsl.select(SURVEY_RESPONSE.COMMENT).from(SURVEY_RESPONSE)
                .where(SURVEY_RESPONSE.SURVEY_ID.eq(survey.id()), SURVEY_RESPONSE.COMMENT.isNotNull())
                .orderBy(SURVEY_RESPONSE.ID.desc())
                .limit(latestComments)
                .fetch(SURVEY_RESPONSE.COMMENT);
        return new SurveyResults(survey, responses, perSpace, questions, comments);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
