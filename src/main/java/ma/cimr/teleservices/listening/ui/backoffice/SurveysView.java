package ma.cimr.teleservices.listening.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.listening.NewSurvey;
import ma.cimr.teleservices.listening.Survey;
import ma.cimr.teleservices.listening.SurveyQuestion;
import ma.cimr.teleservices.listening.Surveys;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The administrator opens a survey period (DD042): its first and last days and a few questions in
 * French and Arabic (English optional), pre-filled with the charter's usual questions; the periods
 * opened so far are listed, their results on the charter dashboard.
 */
@Menu(title = "survey.backoffice.nav", order = 323)
@Route(value = "backoffice/surveys", layout = BackofficeLayout.class)
@RolesAllowed(Roles.ADMINISTRATOR)
class SurveysView extends VerticalLayout implements HasDynamicTitle {

    /** The questions a new period starts with: the charter's axes a person can judge from the outside. */
    private static final List<String> USUAL_QUESTIONS = List.of("access", "speed", "information");

    private final Surveys surveys;
    private final Clock clock;
    private final Div periods = new Div();
    private final List<QuestionFields> questions = new ArrayList<>();
    private final VerticalLayout questionList = new VerticalLayout();

    SurveysView(Surveys surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
        add(new H1(getTranslation("survey.backoffice.title")), new Paragraph(getTranslation("survey.backoffice.intro")));
        add(new PageSection(getTranslation("survey.backoffice.new"), newSurveyForm()));
        add(new PageSection(getTranslation("survey.backoffice.periods"), periods));
        refresh();
    }

    private VerticalLayout newSurveyForm() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        var opensOn = new PortalDatePicker(getTranslation("survey.backoffice.opensOn"), today);
        var closesOn = new PortalDatePicker(getTranslation("survey.backoffice.closesOn"), today.plusDays(29));
        opensOn.addClassName("survey-opens-on");
        closesOn.addClassName("survey-closes-on");
        questionList.setPadding(false);
        for (String usual : USUAL_QUESTIONS) {
            addQuestion("survey.usual." + usual);
        }
        var more = new Button(getTranslation("survey.backoffice.addQuestion"), click -> {
            if (questions.size() < Surveys.MAX_QUESTIONS) {
                addQuestion(null);
            } else {
                Feedback.problem(this, "survey.error.tooManyQuestions", Surveys.MAX_QUESTIONS);
            }
        });
        more.addClassName("survey-add-question");
        var open = new Button(getTranslation("survey.backoffice.open"), click -> {
            var survey = new NewSurvey(opensOn.getValue(), closesOn.getValue(),
                    questions.stream().map(QuestionFields::question).toList());
            if (Feedback.attempt(this, () -> surveys.open(survey))) {
                Feedback.done(this, "survey.backoffice.opened", Formats.date(survey.opensOn(), getLocale()),
                        Formats.date(survey.closesOn(), getLocale()));
                refresh();
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClassName("survey-open");
        var form = new VerticalLayout(opensOn, closesOn, questionList, more, open);
        form.setPadding(false);
        return form;
    }

    private void addQuestion(@Nullable String usualKey) {
        var fields = new QuestionFields(questions.size() + 1, usualKey);
        questions.add(fields);
        questionList.add(fields);
    }

    private void refresh() {
        periods.removeAll();
        List<Survey> all = surveys.all();
        if (all.isEmpty()) {
            periods.add(new Paragraph(getTranslation("survey.backoffice.none")));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
        for (Survey survey : all) {
            String state = survey.openOn(today) ? "open" : survey.opensOn().isAfter(today) ? "coming" : "closed";
            var list = new OrderedList();
            survey.questions().forEach(question -> list.add(new ListItem(question.text(getLocale()))));
            var card = new Div(new H3(getTranslation("survey.backoffice.period", Formats.date(survey.opensOn(), getLocale()),
                    Formats.date(survey.closesOn(), getLocale()))), new Paragraph(getTranslation("survey.backoffice.state." + state)), list);
            card.addClassName("listening-card");
            card.addClassName("survey-period");
            periods.add(card);
        }
    }

    /** One question's three texts; the English one may stay empty (the French one is shown instead). */
    private final class QuestionFields extends VerticalLayout {

        private final TextField french;
        private final TextField arabic;
        private final TextField english;

        QuestionFields(int position, @Nullable String usualKey) {
            setPadding(false);
            setSpacing(false);
            addClassName("survey-question-fields");
            french = field("survey.backoffice.question.fr", position, usualKey, PortalI18NProvider.FRENCH);
            arabic = field("survey.backoffice.question.ar", position, usualKey, PortalI18NProvider.ARABIC);
            english = field("survey.backoffice.question.en", position, usualKey, Locale.ENGLISH);
            arabic.getElement().setAttribute("dir", "rtl");
            add(french, arabic, english);
        }

        private TextField field(String labelKey, int position, @Nullable String usualKey, Locale language) {
            var field = new TextField(getTranslation(labelKey, position));
            field.setMaxLength(Surveys.MAX_QUESTION_LENGTH);
            field.setWidthFull();
            if (usualKey != null) {
                field.setValue(getTranslation(language, usualKey));
            }
            return field;
        }

        SurveyQuestion question() {
            return new SurveyQuestion(questions.indexOf(this) + 1, french.getValue(), arabic.getValue(), english.getValue());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.backoffice.title");
    }
}
