package ma.cimr.teleservices.listening.ui.backoffice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import ma.cimr.teleservices.listening.SuggestionBox;
import ma.cimr.teleservices.listening.SuggestionStatus;
import ma.cimr.teleservices.listening.SurveyResults;
import ma.cimr.teleservices.listening.Surveys;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.DashboardSection;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.Space;
import org.springframework.core.annotation.Order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The charter's "écoute" on its dashboard (DD042): for the period the reader chose, each survey
 * period's response count and the average of each question, overall and per space, its latest
 * comments; and the suggestions received, how many are still to read or to answer, with the way to
 * them.
 */
@org.springframework.stereotype.Component
@Order(10)
class ListeningDashboardSection implements DashboardSection {

    private static final List<Space> SPACES = List.of(Space.COMPANY, Space.DELEGATE, Space.AFFILIATE, Space.RETIREE);

    private final Surveys surveys;
    private final SuggestionBox box;

    ListeningDashboardSection(Surveys surveys, SuggestionBox box) {
        this.surveys = surveys;
        this.box = box;
    }

    @Override
    public Component section(LocalDate from, LocalDate to) {
        var content = new Div();
        var section = new PageSection(content.getTranslation("listening.dashboard.title"), content);
        section.addClassName("listening-dashboard");
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        List<SurveyResults> results = surveys.resultsBetween(from, to);
        if (results.isEmpty()) {
            content.add(new Paragraph(content.getTranslation("listening.dashboard.noSurvey")));
        }
        for (SurveyResults result : results) {
            content.add(survey(content, result, locale));
        }
        Map<SuggestionStatus, Integer> counts = box.countsBetween(from.atStartOfDay(BusinessCalendar.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(BusinessCalendar.ZONE).toInstant());
        int received = counts.values().stream().mapToInt(Integer::intValue).sum();
        var suggestions = new Paragraph(content.getTranslation("listening.dashboard.suggestions", received,
                counts.get(SuggestionStatus.NEW), counts.get(SuggestionStatus.READ), counts.get(SuggestionStatus.ANSWERED)));
        suggestions.addClassName("listening-suggestion-counts");
        content.add(new H3(content.getTranslation("listening.dashboard.suggestionBox")), suggestions,
                new RouterLink(content.getTranslation("listening.dashboard.toSuggestions"), SuggestionsView.class));
        return section;
    }

    private static Component survey(Div content, SurveyResults result, Locale locale) {
        var card = new Div();
        card.addClassName("listening-card");
        card.addClassName("survey-results");
        card.add(new H3(content.getTranslation("listening.dashboard.survey", Formats.date(result.survey().opensOn(), locale),
                Formats.date(result.survey().closesOn(), locale))));
        String perSpace = SPACES.stream().filter(result.responsesPerSpace()::containsKey)
                .map(space -> content.getTranslation("suggestion.space." + space) + " " + result.responsesPerSpace().get(space))
                .collect(Collectors.joining(" · "));
        var count = new Paragraph(content.getTranslation("listening.dashboard.responses", result.responses())
                + (perSpace.isEmpty() ? "" : " (" + perSpace + ")"));
        count.addClassName("survey-response-count");
        card.add(count);
        var averages = new Facts();
        averages.addClassName("survey-averages");
        for (SurveyResults.QuestionResult question : result.questions()) {
            Map<Space, BigDecimal> averagePerSpace = question.averagePerSpace();
            String spaces = SPACES.stream()
                    .flatMap(space -> Optional.ofNullable(averagePerSpace.get(space)).map(average ->
                            content.getTranslation("suggestion.space." + space) + " " + score(average, locale)).stream())
                    .collect(Collectors.joining(" · "));
            averages.add(question.question().text(locale),
                    content.getTranslation("listening.dashboard.average", score(question.average(), locale)) + " — " + spaces);
        }
        card.add(averages);
        if (!result.latestComments().isEmpty()) {
            var comments = new UnorderedList();
            result.latestComments().forEach(comment -> comments.add(new ListItem(comment)));
            card.add(new Details(content.getTranslation("listening.dashboard.comments", result.latestComments().size()), comments));
        }
        return card;
    }

    private static String score(BigDecimal average, Locale locale) {
        return Formats.decimal(average, 1, locale);
    }
}
