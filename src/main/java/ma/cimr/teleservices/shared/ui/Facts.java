package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** Label and value pairs, such as an identity card: "Matricule: 10000001". */
public class Facts extends DescriptionList {

    public Facts() {
        addClassName("facts");
    }

    /**
     * A value with words takes its own direction, so that a Latin name in an Arabic page keeps its
     * brackets and full stop where they belong ("Atlas (siège)", not "(Atlas (siège"); dates and
     * amounts follow the page.
     */
    public Facts add(String label, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return describe(label, new Span("—"));
        }
        var text = new Span(value);
        if (value.codePoints().anyMatch(Character::isLetter)) {
            text.getElement().setAttribute("dir", "auto");
        }
        return describe(label, text);
    }

    /** A phone number: its groups of digits are read left to right in Arabic too. */
    public Facts addLeftToRight(String label, @Nullable String value) {
        var text = new Span(value == null || value.isBlank() ? "—" : value);
        text.getElement().setAttribute("dir", "ltr");
        return describe(label, text);
    }

    private Facts describe(String label, Span value) {
        add(new Term(label), new Description(value));
        return this;
    }
}
