package ma.cimr.teleservices.listening.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.listening.NewSuggestion;
import ma.cimr.teleservices.listening.Survey;
import ma.cimr.teleservices.listening.SurveyAnswers;
import ma.cimr.teleservices.listening.SurveyQuestion;
import ma.cimr.teleservices.listening.SuggestionBox;
import ma.cimr.teleservices.listening.SuggestionCategory;
import ma.cimr.teleservices.listening.Surveys;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.AffiliateLayout;
import ma.cimr.teleservices.shell.ui.CompanyLayout;
import ma.cimr.teleservices.shell.ui.DelegateLayout;
import ma.cimr.teleservices.shell.ui.PublicLayout;
import ma.cimr.teleservices.shell.ui.RetireeLayout;
import ma.cimr.teleservices.shell.ui.SpaceGuard;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Votre avis": the suggestion box, on the public site and in each requester's space, and, for a
 * signed-in person while a survey period is open and they have not answered, the survey (DD042).
 * The invitation shown once per period leads here.
 */
@Menu(title = "suggestion.nav", order = 321)
@Route(value = "feedback", layout = PublicLayout.class)
@RouteAlias(value = "company/feedback", layout = CompanyLayout.class)
@RouteAlias(value = "delegate/feedback", layout = DelegateLayout.class)
@RouteAlias(value = "affiliate/feedback", layout = AffiliateLayout.class)
@RouteAlias(value = "retiree/feedback", layout = RetireeLayout.class)
@AnonymousAllowed
class FeedbackView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PUBLIC_ROUTE = "feedback";

    private final Surveys surveys;
    private final SuggestionBox box;
    private final CurrentUser currentUser;

    FeedbackView(Surveys surveys, SuggestionBox box, CurrentUser currentUser) {
        this.surveys = surveys;
        this.box = box;
        this.currentUser = currentUser;
        addClassName("feedback-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean requester = currentUser.find().filter(user -> user.kind() != AccountKind.STAFF).isPresent();
        if (!event.getLocation().getFirstSegment().equals(PUBLIC_ROUTE)) {
            // a space's own copy: its owner only; a visitor gets the public one
            if (currentUser.find().isEmpty()) {
                event.forwardTo(PUBLIC_ROUTE);
                return;
            }
            SpaceGuard.requireOwnSpace(event, currentUser);
        }
        removeAll();
        add(new H1(getTranslation("suggestion.title")), new Paragraph(getTranslation("suggestion.intro")));
        if (requester) {
            surveys.toAnswer().ifPresent(survey -> add(new PageSection(getTranslation("survey.title"), new SurveyForm(survey))));
        }
        add(new PageSection(getTranslation("suggestion.box"), new SuggestionForm()));
    }

    /** The open survey's questions, a score each, and a comment; answered once. */
    private final class SurveyForm extends VerticalLayout {

        SurveyForm(Survey survey) {
            setPadding(false);
            addClassName("survey-form");
            add(new Paragraph(getTranslation("survey.intro", Formats.date(survey.closesOn(), getLocale()))));
            Map<Integer, RadioButtonGroup<Integer>> scores = new LinkedHashMap<>();
            for (SurveyQuestion question : survey.questions()) {
                var score = new RadioButtonGroup<Integer>(question.position() + ". " + question.text(getLocale()));
                score.setItems(5, 4, 3, 2, 1);
                score.setItemLabelGenerator(value -> getTranslation("survey.score." + value));
                score.setRequired(true);
                score.addClassName("survey-question");
                scores.put(question.position(), score);
                add(score);
            }
            var comment = new TextArea(getTranslation("survey.comment"));
            comment.setMaxLength(Surveys.MAX_COMMENT_LENGTH);
            comment.setHelperText(getTranslation("survey.comment.help", Surveys.MAX_COMMENT_LENGTH));
            comment.setWidthFull();
            var send = new Button(getTranslation("survey.send"), event -> {
                Map<Integer, Integer> given = new LinkedHashMap<>();
                Integer firstMissing = null;
                for (var entry : scores.entrySet()) {
                    RadioButtonGroup<Integer> score = entry.getValue();
                    score.setInvalid(score.getValue() == null);
                    if (score.getValue() == null) {
                        score.setErrorMessage(getTranslation("survey.error.score", entry.getKey()));
                        firstMissing = firstMissing == null ? entry.getKey() : firstMissing;
                    } else {
                        given.put(entry.getKey(), score.getValue());
                    }
                }
                if (firstMissing != null) {
                    Feedback.problem(this, "survey.error.score", firstMissing);
                    return;
                }
                if (Feedback.attempt(this, () -> surveys.answer(survey.id(), new SurveyAnswers(given, comment.getValue())))) {
                    removeAll();
                    add(new Paragraph(getTranslation("survey.thanks")));
                    Feedback.done(this, "survey.thanks");
                }
            });
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClassName("survey-send");
            add(comment, send);
        }
    }

    /** The suggestion box: a category, the text, an optional contact. */
    private final class SuggestionForm extends VerticalLayout {

        SuggestionForm() {
            setPadding(false);
            addClassName("suggestion-form");
            add(new Paragraph(getTranslation("suggestion.box.intro")));
            var category = new Select<SuggestionCategory>();
            category.setLabel(getTranslation("suggestion.category"));
            category.setItems(SuggestionCategory.values());
            category.setItemLabelGenerator(value -> getTranslation("suggestion.category." + value));
            category.setWidthFull();
            category.addClassName("suggestion-category");
            var text = new TextArea(getTranslation("suggestion.text"));
            text.setMaxLength(SuggestionBox.MAX_LENGTH);
            text.setHelperText(getTranslation("suggestion.text.help", SuggestionBox.MIN_LENGTH, SuggestionBox.MAX_LENGTH));
            text.setWidthFull();
            var contact = new TextField(getTranslation("suggestion.contact"));
            contact.setHelperText(getTranslation("suggestion.contact.help"));
            contact.setMaxLength(254);
            contact.setWidthFull();
            var send = new Button(getTranslation("suggestion.send"), event -> {
                try {
                    long number = box.submit(new NewSuggestion(category.getValue(), text.getValue(), contact.getValue()));
                    category.clear();
                    text.clear();
                    contact.clear();
                    Feedback.done(this, "suggestion.thanks", number);
                } catch (Refusal refusal) {
                    Feedback.refused(this, refusal);
                }
            });
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClassName("suggestion-send");
            add(category, text, contact, send);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("suggestion.title");
    }
}
