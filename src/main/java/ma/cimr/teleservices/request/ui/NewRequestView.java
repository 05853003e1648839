package ma.cimr.teleservices.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shell.ui.AffiliateLayout;
import ma.cimr.teleservices.shell.ui.CompanyLayout;
import ma.cimr.teleservices.shell.ui.DelegateLayout;
import ma.cimr.teleservices.shell.ui.RetireeLayout;
import ma.cimr.teleservices.shell.ui.SpaceGuard;

/** A new request or complaint, filed from the requester's own space. */
@Route(value = "affiliate/requests/new", layout = AffiliateLayout.class)
@RouteAlias(value = "retiree/requests/new", layout = RetireeLayout.class)
@RouteAlias(value = "company/requests/new", layout = CompanyLayout.class)
@RouteAlias(value = "delegate/requests/new", layout = DelegateLayout.class)
@RolesAllowed(Roles.REQUESTER)
class NewRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ServiceRequests requests;
    private final CurrentUser currentUser;

    NewRequestView(ServiceRequests requests, CurrentUser currentUser) {
        this.requests = requests;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String space = SpaceGuard.requireOwnSpace(event, currentUser);
        removeAll();
        var form = new RequestForm(requests.typesForMe(), false, false).withDocuments(requests::documentsFor);
        var send = new Button(getTranslation("request.send"), click -> form.read().ifPresent(request -> {
            try {
                RequestReceipt receipt = requests.file(request, form.attachments());
                Feedback.done(this, "request.received", receipt.reference(),
                        Formats.date(receipt.dueDate(), getLocale()));
                getUI().ifPresent(ui -> ui.navigate(space + "/requests/" + receipt.reference()));
            } catch (Refusal e) {
                Feedback.refused(this, e);
            }
        }));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-request");
        add(new H1(getTranslation("request.new")), new Paragraph(getTranslation("request.new.intro")), form, send);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.new");
    }
}
