package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * A plain HTML form that posts a code to the second-factor filter, as the login form posts the
 * password to Spring Security: the step that signs in is a request, not a Vaadin event, so the
 * session id can change on it and tests drive it as they drive the password (DD021). It carries
 * Spring's CSRF token, which the filter chain checks before the code is read.
 */
@Tag("form")
class CodeForm extends Component {

    CodeForm(String action, String label, String submit) {
        getElement().setAttribute("method", "post");
        getElement().setAttribute("action", action);
        getElement().getClassList().add("second-factor-form");
        getElement().getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-s, 0.5rem)");

        Element caption = new Element("label");
        caption.setAttribute("for", "second-factor-code");
        caption.setText(label);
        Element code = new Element("input");
        code.setAttribute("id", "second-factor-code");
        code.setAttribute("name", "code");
        code.setAttribute("type", "text");
        code.setAttribute("inputmode", "text");
        code.setAttribute("autocomplete", "one-time-code");
        code.setAttribute("required", true);
        code.setAttribute("autofocus", true);
        code.setAttribute("maxlength", "20");
        code.getStyle().set("font-family", "monospace").set("font-size", "1.2em").set("width", "12ch");
        Element button = new Element("button");
        button.setAttribute("type", "submit");
        button.getClassList().add("second-factor-submit");
        button.setText(submit);
        getElement().appendChild(caption, code);
        if (VaadinRequest.getCurrent() != null
                && VaadinRequest.getCurrent().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            Element csrf = new Element("input");
            csrf.setAttribute("type", "hidden");
            csrf.setAttribute("name", token.getParameterName());
            csrf.setAttribute("value", token.getToken());
            getElement().appendChild(csrf);
        }
        getElement().appendChild(button);
    }
}
