package ma.cimr.teleservices.listening.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.listening.Suggestion;
import ma.cimr.teleservices.listening.SuggestionBox;
import ma.cimr.teleservices.listening.SuggestionStatus;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.util.List;

/**
 * The suggestion box as staff read it (DD042): the suggestions not yet read and those read but not
 * answered, newest first, each marked read, then answered; the answered ones below. Cards rather
 * than a grid, so the whole text reads on any screen.
 */
@Menu(title = "suggestion.backoffice.nav", order = 322)
@Route(value = "backoffice/suggestions", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMINISTRATOR, Roles.CONCILIATOR})
class SuggestionsView extends VerticalLayout implements HasDynamicTitle {

    private final SuggestionBox box;
    private final Div toHandle = new Div();
    private final Div answered = new Div();

    SuggestionsView(SuggestionBox box) {
        this.box = box;
        add(new H1(getTranslation("suggestion.backoffice.title")),
                new Paragraph(getTranslation("suggestion.backoffice.intro")),
                new PageSection(getTranslation("suggestion.backoffice.toHandle"), toHandle));
        var done = new Details(getTranslation("suggestion.backoffice.answered"), answered);
        done.setWidthFull();
        add(done);
        refresh();
    }

    private void refresh() {
        fill(toHandle, box.toHandle());
        fill(answered, box.answered());
    }

    private void fill(Div list, List<Suggestion> suggestions) {
        list.removeAll();
        if (suggestions.isEmpty()) {
            list.add(new Paragraph(getTranslation("suggestion.backoffice.none")));
        }
        suggestions.forEach(suggestion -> list.add(card(suggestion)));
    }

    private Div card(Suggestion suggestion) {
        var status = new Span(getTranslation("suggestion.status." + suggestion.status()));
        status.getElement().getThemeList().add(suggestion.status() == SuggestionStatus.NEW ? "badge" : "badge contrast");
        var title = new H3(getTranslation("suggestion.backoffice.card", suggestion.id(),
                getTranslation("suggestion.category." + suggestion.category())));
        var origin = new Paragraph(getTranslation("suggestion.backoffice.origin",
                Formats.dateTime(suggestion.receivedAt(), getLocale()), getTranslation("suggestion.space." + suggestion.space())));
        var text = new Paragraph(suggestion.text());
        text.addClassName("suggestion-text");
        var card = new Div(title, status, origin, text);
        card.addClassName("listening-card");
        card.addClassName("suggestion-" + suggestion.id());
        card.add(new Paragraph(suggestion.contact() == null ? getTranslation("suggestion.backoffice.noContact")
                : getTranslation("suggestion.backoffice.contact", suggestion.contact())));
        if (suggestion.handledBy() != null) {
            card.add(new Paragraph(getTranslation("suggestion.backoffice.handled",
                    getTranslation("suggestion.status." + suggestion.status()), suggestion.handledBy(),
                    Formats.dateTime(suggestion.handledAt(), getLocale()))));
        }
        var actions = new HorizontalLayout();
        actions.setWrap(true);
        if (suggestion.status() == SuggestionStatus.NEW) {
            var read = new Button(getTranslation("suggestion.backoffice.markRead"), click -> act(() -> box.markRead(suggestion.id()),
                    "suggestion.backoffice.markedRead", suggestion.id()));
            read.addClassName("mark-read");
            actions.add(read);
        }
        if (suggestion.status() != SuggestionStatus.ANSWERED) {
            var answer = new Button(getTranslation("suggestion.backoffice.markAnswered"),
                    click -> act(() -> box.markAnswered(suggestion.id()), "suggestion.backoffice.markedAnswered", suggestion.id()));
            answer.addClassName("mark-answered");
            actions.add(answer);
            card.add(actions);
        }
        return card;
    }

    private void act(Runnable action, String doneKey, long id) {
        if (Feedback.attempt(this, action)) {
            Feedback.done(this, doneKey, id);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("suggestion.backoffice.title");
    }
}
