package ma.cimr.teleservices.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shell.ui.PublicLayout;

/**
 * A complaint or a question from anyone, without an account: they leave an e-mail or a phone
 * number, and get a reference and a secret code to follow the answer.
 */
@Route(value = "complaint", layout = PublicLayout.class)
@AnonymousAllowed
class PublicRequestView extends VerticalLayout implements HasDynamicTitle {

    PublicRequestView(ServiceRequests requests) {
        addClassName("public-request-view");
        var form = new RequestForm(requests.typesForVisitors(), true, false).withDocuments(requests::documentsFor);
        var send = new Button(getTranslation("request.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-request");
        send.addClickListener(click -> form.read().ifPresent(request -> {
            try {
                RequestReceipt receipt = requests.fileAnonymously(request, form.attachments());
                removeAll();
                showReceipt(receipt);
            } catch (Refusal e) {
                Feedback.refused(this, e);
            }
        }));
        add(new H1(getTranslation("request.public.title")), new Paragraph(getTranslation("request.public.intro")),
                form, send);
    }

    private void showReceipt(RequestReceipt receipt) {
        var facts = new Facts()
                .add(getTranslation("request.reference"), receipt.reference())
                .add(getTranslation("request.secret"), receipt.accessSecret())
                .add(getTranslation("request.dueDate"), Formats.date(receipt.dueDate(), getLocale()));
        var box = new Div(new H2(getTranslation("request.public.received")), facts,
                new Paragraph(getTranslation("request.public.keepSecret")),
                new RouterLink(getTranslation("request.follow.title"), FollowRequestView.class));
        box.addClassName("request-receipt");
        add(box);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.public.title");
    }
}
