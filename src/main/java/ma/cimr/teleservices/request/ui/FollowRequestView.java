package ma.cimr.teleservices.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.request.RequestNotFoundException;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shell.ui.PublicLayout;

/**
 * An anonymous requester follows their request with the reference and the secret code they
 * received. A wrong pair says "not found", whether the reference exists or not.
 */
@Route(value = "follow", layout = PublicLayout.class)
@AnonymousAllowed
class FollowRequestView extends VerticalLayout implements HasDynamicTitle {

    FollowRequestView(ServiceRequests requests) {
        var reference = new TextField(getTranslation("request.reference"));
        var secret = new PasswordField(getTranslation("request.secret"));
        var result = new VerticalLayout();
        result.setPadding(false);
        var open = new Button(getTranslation("request.follow.open"), click -> {
            result.removeAll();
            String ref = reference.getValue().trim();
            String code = secret.getValue();
            try {
                requests.find(ref, code);
                result.add(new RequesterCasePanel(() -> requests.find(ref, code),
                        reason -> requests.escalate(ref, code, reason),
                        (score, comment) -> requests.rate(ref, code, score, comment),
                        id -> requests.attachment(ref, code, id)));
            } catch (RequestNotFoundException e) {
                Feedback.problem(this, "request.follow.notFound");
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClassName("follow-open");
        add(new H1(getTranslation("request.follow.title")), new Paragraph(getTranslation("request.follow.intro")),
                new FormLayout(reference, secret), open, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.follow.title");
    }
}
