package ma.cimr.teleservices.listening;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.listening.repository.SurveyRepository;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shell.Space;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The periodic satisfaction survey the charter promises ("nous mesurons régulièrement leur
 * satisfaction via des enquêtes"): an administrator opens a period with a few questions; the people
 * of the four requester spaces are invited once in the period and answer once, on a scale of 1 to 5
 * with a comment; staff read the averages per question and space (DD042).
 */
@Service
public class Surveys {

    /** A survey asks a few questions: enough to measure, few enough to be answered on a phone. */
    public static final int MAX_QUESTIONS = 6;
    public static final int MIN_QUESTION_LENGTH = 5;
    public static final int MAX_QUESTION_LENGTH = 200;
    public static final int MAX_COMMENT_LENGTH = 1000;
    /** A period long enough to reach the people who sign in once a quarter, short enough to stay a measure of its time. */
    public static final int MAX_DAYS = 92;
    private static final int LATEST_COMMENTS = 20;

    private final SurveyRepository surveys;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;

    Surveys(SurveyRepository surveys, AuditTrail auditTrail, CurrentUser currentUser, Clock clock) {
        this.surveys = surveys;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMINISTRATOR + "')")
    public long open(NewSurvey survey) {
        LocalDate today = today();
        if (survey.opensOn() == null || survey.closesOn() == null) {
            throw new Refusal("survey.error.dates");
        }
        if (survey.opensOn().isBefore(today)) {
            throw new Refusal("survey.error.past");
        }
        if (survey.closesOn().isBefore(survey.opensOn())) {
            throw new Refusal("survey.error.order");
        }
        if (survey.opensOn().plusDays(MAX_DAYS - 1).isBefore(survey.closesOn())) {
            throw new Refusal("survey.error.tooLong", MAX_DAYS);
        }
        List<SurveyQuestion> questions = checked(survey.questions());
        if (surveys.overlaps(survey.opensOn(), survey.closesOn())) {
            throw new Refusal("survey.error.overlap");
        }
        String admin = currentUser.require().login();
        long id = surveys.insert(new NewSurvey(survey.opensOn(), survey.closesOn(), questions), admin, clock.instant());
        auditTrail.record(admin, "SURVEY_OPENED", "survey " + id,
                survey.opensOn() + " – " + survey.closesOn() + ", " + questions.size() + " questions", null);
        return id;
    }

    /** The questions trimmed and numbered 1, 2, 3...; the English text is the French one when left blank. */
    private static List<SurveyQuestion> checked(List<SurveyQuestion> typed) {
        List<SurveyQuestion> questions = new ArrayList<>();
        for (SurveyQuestion question : typed) {
            String fr = strip(question.textFr());
            String ar = strip(question.textAr());
            String en = strip(question.textEn());
            if (fr.isEmpty() && ar.isEmpty() && en.isEmpty()) {
                continue; // a row left empty is no question
            }
            int position = questions.size() + 1;
            if (fr.isEmpty() || ar.isEmpty()) {
                throw new Refusal("survey.error.questionLanguages", position);
            }
            for (String text : List.of(fr, ar, en.isEmpty() ? fr : en)) {
                if (text.length() < MIN_QUESTION_LENGTH || text.length() > MAX_QUESTION_LENGTH) {
                    throw new Refusal("survey.error.questionLength", position, MIN_QUESTION_LENGTH, MAX_QUESTION_LENGTH);
                }
            }
            questions.add(new SurveyQuestion(position, fr, ar, en.isEmpty() ? fr : en));
        }
        if (questions.isEmpty()) {
            throw new Refusal("survey.error.noQuestion");
        }
        if (questions.size() > MAX_QUESTIONS) {
            throw new Refusal("survey.error.tooManyQuestions", MAX_QUESTIONS);
        }
        return questions;
    }

    /** Every period, the latest first, for the administrator's page. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMINISTRATOR', 'CONCILIATOR')")
    public List<Survey> all() {
        return surveys.all();
    }

    /** What each period with a day between these two says, the latest first: the charter dashboard's part. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMINISTRATOR', 'CONCILIATOR')")
    public List<SurveyResults> resultsBetween(LocalDate from, LocalDate to) {
        return surveys.between(from, to).stream().map(survey -> surveys.results(survey, LATEST_COMMENTS)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMINISTRATOR', 'CONCILIATOR')")
    public SurveyResults results(long surveyId) {
        Survey survey = surveys.find(surveyId).orElseThrow(() -> new Refusal("survey.error.unknown"));
        return surveys.results(survey, LATEST_COMMENTS);
    }

    /** The survey open today that the signed-in person has not answered yet, if any. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REQUESTER + "')")
    public Optional<Survey> toAnswer() {
        long account = currentUser.require().accountId().value();
        return surveys.openOn(today()).filter(survey -> !surveys.hasParticipated(survey.id(), account));
    }

    /**
     * The survey to invite the signed-in person to, once in its period: the first call of the period
     * records the invitation and returns the survey, every later one returns nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REQUESTER + "')")
    public Optional<Survey> invitation() {
        long account = currentUser.require().accountId().value();
        return surveys.openOn(today()).filter(survey -> surveys.markInvited(survey.id(), account, clock.instant()));
    }

    /** One person's answers, once per period; the answers are stored apart from who gave them. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REQUESTER + "')")
    public void answer(long surveyId, SurveyAnswers answers) {
        PortalUser user = currentUser.require();
        Survey survey = surveys.find(surveyId).filter(found -> found.openOn(today()))
                .orElseThrow(() -> new Refusal("survey.error.closed"));
        Map<Integer, Integer> scores = new HashMap<>();
        for (SurveyQuestion question : survey.questions()) {
            Integer score = answers.scores().get(question.position());
            if (score == null || score < 1 || score > 5) {
                throw new Refusal("survey.error.score", question.position());
            }
            scores.put(question.position(), score);
        }
        String comment = strip(answers.comment());
        if (comment.length() > MAX_COMMENT_LENGTH) {
            throw new Refusal("survey.error.commentTooLong", MAX_COMMENT_LENGTH);
        }
        if (!surveys.markAnswered(survey.id(), user.accountId().value(), clock.instant())) {
            throw new Refusal("survey.error.alreadyAnswered");
        }
        surveys.insertResponse(survey.id(), spaceOf(user.kind()), new SurveyAnswers(scores, comment.isEmpty() ? null : comment));
    }

    private static Space spaceOf(AccountKind kind) {
        if (kind == AccountKind.STAFF) {
            throw new Refusal("survey.error.staff");
        }
        return Space.of(kind);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
