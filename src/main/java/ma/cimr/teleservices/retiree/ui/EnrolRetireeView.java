package ma.cimr.teleservices.retiree.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.retiree.RetireeEnrolmentApplication;
import ma.cimr.teleservices.retiree.RetireeEnrolments;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shell.ui.PublicLayout;

/**
 * Opening one's retiree space (CIMR DIALCOM). The same answer whatever was typed: a link went to
 * the address on the pension file if the details match a retiree without a space and the fund has
 * an address, so nobody learns who draws a pension. The page new retirees' invitations point to.
 */
@Route(value = "enrol/retiree", layout = PublicLayout.class)
@AnonymousAllowed
class EnrolRetireeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RetireeEnrolments enrolments;

    EnrolRetireeView(RetireeEnrolments enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var identifier = new TextField(getTranslation("retiree.enrolment.identifier"));
        identifier.setHelperText(getTranslation("retiree.enrolment.identifier.help"));
        identifier.addClassName("retiree-identifier");
        identifier.setRequired(true);
        var secret = new TextField(getTranslation("retiree.enrolment.secret"));
        secret.setHelperText(getTranslation("retiree.enrolment.secret.help"));
        secret.addClassName("retiree-secret");
        secret.setRequired(true);
        var send = new Button(getTranslation("enrolment.send"), click -> {
            if (identifier.getValue().isBlank() || secret.getValue().isBlank()) {
                Feedback.problem(this, "validation.required");
                return;
            }
            if (!Feedback.attempt(this, () -> enrolments.apply(
                    new RetireeEnrolmentApplication(identifier.getValue(), secret.getValue()), getLocale()))) {
                return;
            }
            removeAll();
            var done = new Paragraph(getTranslation("retiree.enrolment.sent"));
            done.addClassName("retiree-enrolment-sent");
            add(new H1(getTranslation("retiree.enrolment.title")), done);
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-retiree-enrolment");
        add(new H1(getTranslation("retiree.enrolment.title")), new Paragraph(getTranslation("retiree.enrolment.intro")),
                new FormLayout(identifier, secret), send);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retiree.enrolment.title");
    }
}
