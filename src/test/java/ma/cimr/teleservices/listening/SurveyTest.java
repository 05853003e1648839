package ma.cimr.teleservices.listening;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shell.Space;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

/**
 * The periodic satisfaction survey (DD042), one use case each: the administrator opens a period
 * and bad periods or questions are refused with their reason; a signed-in person is invited once
 * in the period and answers once; the results give the average per question and space, and the
 * stored answers name nobody. Each test's writes are rolled back, so no survey stays open for the
 * tests after it.
 */
@Transactional
class SurveyTest extends PortalBrowserlessTest {

    @Autowired
    Surveys surveys;
    @Autowired
    Clock clock;
    @Autowired
    DSLContext dsl;

    @Test
    void anAdministratorOpensASurveyPeriodWithTheCharterQuestionsPrefilled() {
        signInAs(DemoLogins.ADMINISTRATOR);
        open("backoffice/surveys");
        List<TextField> questions = $(TextField.class).all();
        assertThat(questions).hasSize(9);
        assertThat(questions.getFirst().getValue()).isEqualTo("Trouvez-vous facilement sur le portail ce que vous venez y faire ?");
        assertThat(questions.get(1).getValue()).isEqualTo("هل تجدون بسهولة في البوابة ما جئتم من أجله؟");

        test($(Button.class).withClassName("survey-open").single()).click();

        assertThat(lastNotice()).startsWith("Enquête ouverte du ");
        assertThat(surveys.all().getFirst().questions()).hasSize(3);
        assertThat(surveys.all().getFirst().openOn(today())).isTrue();
        assertThat($(Paragraph.class).all()).anySatisfy(state -> assertThat(state.getText()).isEqualTo("En cours"));
    }

    @Test
    void badPeriodsAndQuestionsAreRefusedWithTheirReason() {
        signInAs(DemoLogins.ADMINISTRATOR);
        LocalDate today = today();
        List<SurveyQuestion> one = List.of(question(1));
        assertRefused(new NewSurvey(today.minusDays(1), today.plusDays(5), one), "survey.error.past");
        assertRefused(new NewSurvey(today.plusDays(5), today.plusDays(4), one), "survey.error.order");
        assertRefused(new NewSurvey(today, today.plusDays(Surveys.MAX_DAYS), one), "survey.error.tooLong");
        assertRefused(new NewSurvey(today, today.plusDays(10), List.of(new SurveyQuestion(1, " ", "", ""))),
                "survey.error.noQuestion");
        assertRefused(new NewSurvey(today, today.plusDays(10), List.of(new SurveyQuestion(1, "Une question claire ?", "", ""))),
                "survey.error.questionLanguages");
        assertRefused(new NewSurvey(today, today.plusDays(10), List.of(new SurveyQuestion(1, "Non", "لا شيء هنا", ""))),
                "survey.error.questionLength");
        assertRefused(new NewSurvey(today, today.plusDays(10), List.of(question(1), question(2), question(3), question(4),
                question(5), question(6), question(7))), "survey.error.tooManyQuestions");

        surveys.open(new NewSurvey(today, today.plusDays(10), one));
        assertRefused(new NewSurvey(today.plusDays(10), today.plusDays(20), one), "survey.error.overlap");
        assertThat(surveys.all().getFirst().questions().getFirst().textEn())
                .as("the English text left blank is the French one").isEqualTo(question(1).textFr());
    }

    @Test
    void aSignedInPersonIsInvitedOnceInThePeriodAndAnswersOnce() {
        long id = openSurveyOfTwoQuestions();
        signInAs(DemoLogins.AFFILIATE);

        open("affiliate");
        Notification invitation = $(Notification.class).withClassName("survey-invitation").single();
        assertThat(invitation.isOpened()).isTrue();
        assertThat(surveys.invitation()).as("invited once in the period").isEmpty();

        test($(Button.class).withClassName("survey-invitation-answer").single()).click();
        assertThat(currentPath()).isEqualTo("affiliate/feedback");
        List<RadioButtonGroup<Integer>> scores = scores();
        assertThat(scores).hasSize(2);

        scores.getFirst().setValue(5);
        test($(Button.class).withClassName("survey-send").single()).click();
        assertThat(lastNotice()).as("a question left unrated").isEqualTo("Notez la question 2 de 1 à 5.");
        assertThat(scores.get(1).isInvalid()).isTrue();

        scores.get(1).setValue(4);
        $(TextArea.class).first().setValue("Très bien.");
        test($(Button.class).withClassName("survey-send").single()).click();
        assertThat(lastNotice()).isEqualTo("Merci pour vos réponses.");

        assertThat(surveys.toAnswer()).isEmpty();
        assertThatThrownBy(() -> surveys.answer(id, new SurveyAnswers(Map.of(1, 1, 2, 1), null)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.key()).isEqualTo("survey.error.alreadyAnswered"));
        open("affiliate/feedback");
        assertThat(scores()).as("the survey is no longer offered").isEmpty();
    }

    @Test
    void theResultsGiveTheAveragePerQuestionAndSpaceAndTheAnswersNameNobody() {
        long id = openSurveyOfTwoQuestions();
        answerAs(DemoLogins.AFFILIATE, id, 5, 4, null);
        answerAs(DemoLogins.RETIREE, id, 3, 2, "Les délais sont longs.");
        answerAs(DemoLogins.ATLAS_COMPANY_ACCOUNT, id, 4, 4, null);

        signInAs(DemoLogins.AGENT);
        SurveyResults results = surveys.results(id);
        assertThat(results.responses()).isEqualTo(3);
        assertThat(results.responsesPerSpace()).containsOnly(Map.entry(Space.AFFILIATE, 1), Map.entry(Space.RETIREE, 1),
                Map.entry(Space.COMPANY, 1));
        SurveyResults.QuestionResult first = results.questions().getFirst();
        assertThat(first.average()).isEqualByComparingTo(new BigDecimal("4.0"));
        assertThat(first.averagePerSpace().get(Space.RETIREE)).isEqualByComparingTo("3.0");
        assertThat(results.questions().get(1).average()).isEqualByComparingTo("3.3");
        assertThat(results.latestComments()).containsExactly("Les délais sont longs.");

        List<String> columns = dsl.select(field(name("column_name"), String.class))
                .from(table(name("information_schema", "columns")))
                .where(field(name("table_name")).in("survey_response", "survey_answer"))
                .fetch(0, String.class);
        assertThat(columns).as("what the answers are stored with").doesNotContain("account_id").contains("space", "score");
    }

    @Test
    void staffAreNotAskedAndAClosedSurveyTakesNoAnswer() {
        long id = openSurveyOfTwoQuestions();
        signInAs(DemoLogins.AGENT);
        open("backoffice");
        assertThat($(Notification.class).withClassName("survey-invitation").all()).isEmpty();

        signInAs(DemoLogins.ADMINISTRATOR);
        Survey past = surveys.all().stream().filter(survey -> survey.closesOn().isBefore(today())).findFirst().orElseThrow();
        signInAs(DemoLogins.AFFILIATE);
        assertThatThrownBy(() -> surveys.answer(past.id(), new SurveyAnswers(Map.of(1, 5, 2, 5, 3, 5), null)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.key()).isEqualTo("survey.error.closed"));
        assertThatThrownBy(() -> surveys.answer(id, new SurveyAnswers(Map.of(1, 6, 2, 5), null)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.key()).isEqualTo("survey.error.score"));
    }

    private long openSurveyOfTwoQuestions() {
        signInAs(DemoLogins.ADMINISTRATOR);
        long id = surveys.open(new NewSurvey(today(), today().plusDays(29), List.of(question(1), question(2))));
        SignedIn.out();
        return id;
    }

    private void answerAs(String login, long id, int first, int second, String comment) {
        signInAs(login);
        surveys.answer(id, new SurveyAnswers(Map.of(1, first, 2, second), comment));
    }

    private void assertRefused(NewSurvey survey, String key) {
        assertThatThrownBy(() -> surveys.open(survey))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.key()).isEqualTo(key));
    }

    private static SurveyQuestion question(int position) {
        return new SurveyQuestion(position, "Question numéro " + position + " ?", "السؤال رقم " + position + "؟", "");
    }

    @SuppressWarnings("unchecked")
    private List<RadioButtonGroup<Integer>> scores() {
        return $(RadioButtonGroup.class).withClassName("survey-question").all().stream()
                .map(group -> (RadioButtonGroup<Integer>) group).toList();
    }

    private String lastNotice() {
        return test($(Notification.class).last()).getText();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ma.cimr.teleservices.shared.BusinessCalendar.ZONE);
    }
}
