package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.SerializableFunction;

/**
 * Text people wrote (names, questions, e-mails) shown in its own direction. Without it a Latin
 * name ending with a bracket or a full stop, in an Arabic page, has that bracket drawn at its
 * other end: "Atlas (siège)" reads "(Atlas (siège". Labels and list items that people wrote get
 * the class {@code own-direction} instead (portal.css).
 */
public final class Bidi {

    private Bidi() {
    }

    /** A grid column's text in its own direction; the column keeps the page's alignment. */
    public static <T> Renderer<T> text(SerializableFunction<T, String> value) {
        return new ComponentRenderer<>(item -> {
            var text = new Span(value.apply(item));
            text.getElement().setAttribute("dir", "auto");
            return text;
        });
    }
}
