package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * Horizontal bars drawn with plain HTML and CSS: readable by screen readers (each bar carries
 * its value as text), right-to-left aware, and with no JavaScript library to build.
 */
public class BarChart extends Div {

    public BarChart(String ariaLabel) {
        addClassName("bar-chart");
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", ariaLabel);
    }

    /**
     * @param share between 0 and 1; null draws an empty bar ("no data")
     */
    public void bar(String label, @Nullable Double share, String valueText) {
        var name = new Span(label);
        name.addClassName("bar-label");
        var fill = new Div();
        fill.addClassName("bar-fill");
        double percent = share == null ? 0 : Math.max(0, Math.min(1, share)) * 100;
        fill.getStyle().set("width", percent + "%");
        if (share != null && share < 0.8) {
            fill.addClassName("bar-fill-low");
        }
        var track = new Div(fill);
        track.addClassName("bar-track");
        var value = new Span(valueText);
        value.addClassName("bar-value");
        var row = new Div(name, track, value);
        row.addClassName("bar-row");
        row.getElement().setAttribute("role", "listitem");
        add(row);
    }
}
