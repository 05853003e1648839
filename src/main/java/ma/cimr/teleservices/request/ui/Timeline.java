package ma.cimr.teleservices.request.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import ma.cimr.teleservices.request.RequestEvent;
import ma.cimr.teleservices.shared.Formats;

import java.util.List;
import java.util.Locale;

/** A request's timeline, oldest first: when, what, who, and the message or new date. */
public class Timeline extends UnorderedList {

    public Timeline(List<RequestEvent> events, Locale locale) {
        addClassName("timeline");
        for (RequestEvent event : events) {
            var when = new Span(Formats.dateTime(event.occurredAt(), locale));
            when.addClassName("timeline-when");
            var what = new Span(getTranslation("request.event." + event.kind()));
            what.addClassName("timeline-what");
            var who = new Span(event.actor());
            who.addClassName("timeline-who");
            var item = new ListItem(new Div(when, what, who));
            item.addClassName("timeline-" + event.kind().name().toLowerCase(Locale.ROOT));
            if (event.dueDate() != null) {
                item.add(new Paragraph(getTranslation("request.event.dueDate", Formats.date(event.dueDate(), locale))));
            }
            if (event.message() != null) {
                var message = new Paragraph(event.message());
                message.addClassName("timeline-message");
                item.add(message);
            }
            add(item);
        }
    }

    /** The history in words, to pre-fill an escalation: who takes the case over reads it first. */
    public static String asText(List<RequestEvent> events, Locale locale, java.util.function.Function<String, String> translate) {
        StringBuilder text = new StringBuilder();
        for (RequestEvent event : events) {
            text.append(Formats.dateTime(event.occurredAt(), locale)).append(" — ")
                    .append(translate.apply("request.event." + event.kind()));
            if (event.message() != null) {
                text.append(" : ").append(event.message());
            }
            text.append('\n');
        }
        return text.toString();
    }
}
