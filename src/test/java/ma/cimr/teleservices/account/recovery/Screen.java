package ma.cimr.teleservices.account.recovery;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;

/**
 * Everything the browser would receive of the current page, written out: every element with all
 * its attributes, properties and text, in order. Two answers are indistinguishable to a visitor
 * when their screens are equal, byte for byte.
 */
final class Screen {

    private Screen() {
    }

    static String now() {
        StringBuilder out = new StringBuilder();
        // the outermost layout holds the whole page, the view included
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        write(chain.getLast().getElement(), 0, out);
        return out.toString();
    }

    private static void write(Element element, int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
        if (element.isTextNode()) {
            out.append('"').append(element.getText()).append("\"\n");
            return;
        }
        out.append('<').append(element.getTag());
        for (String name : element.getAttributeNames().sorted().toList()) {
            out.append(' ').append(name).append("=\"").append(element.getAttribute(name)).append('"');
        }
        for (String name : element.getPropertyNames().sorted().toList()) {
            out.append(" .").append(name).append("=").append(element.getPropertyRaw(name));
        }
        out.append(">\n");
        element.getChildren().forEach(child -> write(child, depth + 1, out));
    }
}
