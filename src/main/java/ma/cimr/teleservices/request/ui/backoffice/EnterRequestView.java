package ma.cimr.teleservices.request.ui.backoffice;

import ma.cimr.teleservices.request.ServiceRequests;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.request.ui.RequestForm;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

/**
 * An agent enters a request received by phone, post, e-mail or at an agency. The requester gets
 * the acknowledgement, the reference and the secret code by e-mail or SMS, as if they had filed
 * it online.
 */
@Route(value = "backoffice/requests/new", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
class EnterRequestView extends VerticalLayout implements HasDynamicTitle {

    EnterRequestView(RequestDesk desk, ServiceRequests requests) {
        // the agent tells the caller what to send, as the form tells those who file online
        var form = new RequestForm(desk.typesToEnter(), true, true).withDocuments(requests::documentsFor);
        var save = new Button(getTranslation("request.enter.save"), click -> form.read().ifPresent(request -> {
            try {
                RequestReceipt receipt = desk.enter(request, form.attachments());
                Feedback.done(this, "request.received", receipt.reference(),
                        Formats.date(receipt.dueDate(), getLocale()));
                getUI().ifPresent(ui -> ui.navigate("backoffice/requests/" + receipt.reference()));
            } catch (Refusal e) {
                Feedback.refused(this, e);
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("request.enter")), new Paragraph(getTranslation("request.enter.intro")), form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.enter");
    }
}
