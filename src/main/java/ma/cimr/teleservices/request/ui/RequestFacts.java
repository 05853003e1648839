package ma.cimr.teleservices.request.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import ma.cimr.teleservices.request.RequestDetail;
import ma.cimr.teleservices.request.RequestSummary;
import ma.cimr.teleservices.request.TrafficLight;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.Formats;
import org.jspecify.annotations.Nullable;

import java.util.Locale;

/** The essentials of a request, the same for the requester and for staff. */
public final class RequestFacts {

    private RequestFacts() {
    }

    public static Facts of(RequestDetail detail, Locale locale, java.util.function.Function<String, String> t) {
        RequestSummary summary = detail.summary();
        Facts facts = new Facts()
                .add(t.apply("request.reference"), summary.reference())
                .add(t.apply("request.type"), summary.type().label(locale))
                .add(t.apply("request.status"), t.apply("request.status." + summary.status()))
                .add(t.apply("request.level"), t.apply("request.level." + summary.level()))
                .add(t.apply("request.receivedAt"), Formats.dateTime(summary.receivedAt(), locale))
                .add(t.apply("request.dueDate"), Formats.date(summary.dueDate(), locale));
        if (detail.dueDateMoved()) {
            // a moved date is shown as what it is; the charter still measures the committed one (DD023)
            facts.add(t.apply("request.committedDueDate"), Formats.date(detail.committedDueDate(), locale));
        }
        if (detail.acknowledgementDueDate() != null) {
            facts.add(t.apply("request.acknowledgementDueDate"), Formats.date(detail.acknowledgementDueDate(), locale))
                    .add(t.apply("request.acknowledgedAt"), Formats.dateTime(detail.acknowledgedAt(), locale));
        }
        facts.add(t.apply("request.subject"), summary.subject());
        if (detail.conciliationOpensOn() != null) {
            facts.add(t.apply("request.conciliationOpensOn"), Formats.date(detail.conciliationOpensOn(), locale));
        }
        return facts;
    }

    /** A coloured badge: green on track, amber at risk, red late. */
    public static Span light(TrafficLight light, java.util.function.Function<String, String> t) {
        var badge = new Span(t.apply("request.light." + light));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(tone(light));
        return badge;
    }

    /**
     * The same badge in a queue's column, drawn in the browser from two values a row: a component a
     * row would stay in the staff member's session for every row the grid has shown (DD048). No
     * light, no badge.
     */
    public static <T> LitRenderer<T> lightColumn(java.util.function.Function<T, @Nullable TrafficLight> light,
                                                 java.util.function.Function<String, String> t) {
        return LitRenderer.<T>of("<span theme=\"badge ${item.tone}\" ?hidden=${!item.label}>${item.label}</span>")
                .withProperty("label", row -> {
                    TrafficLight shown = light.apply(row);
                    return shown == null ? "" : t.apply("request.light." + shown);
                })
                .withProperty("tone", row -> {
                    TrafficLight shown = light.apply(row);
                    return shown == null ? "" : tone(shown);
                });
    }

    /** A light's words for a badge drawn in the browser ({@code LazyGrid}); "" for none. */
    public static String lightLabel(@Nullable TrafficLight light, java.util.function.Function<String, String> t) {
        return light == null ? "" : t.apply("request.light." + light);
    }

    /** A light's Lumo badge theme; "" for none. */
    public static String lightTone(@Nullable TrafficLight light) {
        return light == null ? "" : tone(light);
    }

    private static String tone(TrafficLight light) {
        return switch (light) {
            case ON_TRACK -> "success";
            case AT_RISK -> "warning";
            case LATE -> "error";
        };
    }
}
