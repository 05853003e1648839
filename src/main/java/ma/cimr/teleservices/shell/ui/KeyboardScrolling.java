package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.component.HasElement;

/**
 * On a phone the layout's content area scrolls, not the window. A page with nothing to focus in it
 * (the privacy notice, a request's answer) would then leave a keyboard or switch user no way to
 * scroll to its end (axe: scrollable-region-focusable). The page's root takes the focus in the tab
 * order, and the arrow keys scroll it.
 */
final class KeyboardScrolling {

    private KeyboardScrolling() {
    }

    static void allow(HasElement content) {
        if (!content.getElement().hasAttribute("tabindex")) {
            content.getElement().setAttribute("tabindex", "0");
        }
    }
}
