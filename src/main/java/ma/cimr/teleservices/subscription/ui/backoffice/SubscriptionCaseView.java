package ma.cimr.teleservices.subscription.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.request.Attachment;
import ma.cimr.teleservices.request.Attachments;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.RequestSummary;
import ma.cimr.teleservices.request.ui.RequestFacts;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shared.ui.ScanUpload;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;
import ma.cimr.teleservices.subscription.Subscription;
import ma.cimr.teleservices.subscription.SubscriptionCase;
import ma.cimr.teleservices.subscription.SubscriptionDesk;
import ma.cimr.teleservices.subscription.SubscriptionDocument;
import ma.cimr.teleservices.subscription.SubscriptionStatus;
import ma.cimr.teleservices.subscription.ui.SubscriptionFacts;

import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * One subscription as staff work it: the form as entered, the signed form's receipt (which files
 * the service request with the form's scan and starts the charter's 4 business days), its due
 * date and traffic light, then validation by another staff member (DD025) or rejection with a reason.
 */
@Route(value = "backoffice/subscriptions/:reference", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
class SubscriptionCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SubscriptionDesk desk;
    private String reference = "";

    SubscriptionCaseView(SubscriptionDesk desk) {
        this.desk = desk;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse("");
        try {
            desk.detail(reference);
        } catch (Refusal e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        Locale locale = getLocale();
        SubscriptionCase workCase = desk.detail(reference);
        Subscription subscription = workCase.subscription();
        var status = new Span(getTranslation(workCase.abandoned() ? "delegateSubscription.backoffice.abandoned"
                : "delegateSubscription.status." + subscription.status()));
        status.getElement().getThemeList().add("badge");
        status.addClassName("subscription-status");
        add(new RouterLink(getTranslation("delegateSubscription.backoffice.back"), SubscriptionsView.class),
                new H1(getTranslation("delegateSubscription.backoffice.case", reference)), status,
                SubscriptionFacts.summary(subscription, locale, this::getTranslation));
        RequestSummary request = workCase.request();
        if (request != null) {
            var light = RequestFacts.light(request.trafficLight(), this::getTranslation);
            light.addClassName("subscription-light");
            var requestLink = new Anchor("backoffice/requests/" + request.reference(), request.reference());
            add(new PageSection(getTranslation("delegateSubscription.backoffice.charter"),
                    new Paragraph(getTranslation("delegateSubscription.backoffice.charterText")),
                    new Facts().add(getTranslation("request.reference"), request.reference())
                            .add(getTranslation("request.status"), getTranslation("request.status." + request.status()))
                            .add(getTranslation("request.dueDate"), Formats.date(request.dueDate(), locale)),
                    requestLink, light));
        }
        if (subscription.rejectionReason() != null) {
            add(new Paragraph(getTranslation("delegateSubscription.status.reason", subscription.rejectionReason())));
        }
        add(actions(workCase));
        var links = new Div(pdfLink(PortalI18NProvider.FRENCH, "statement.pdf.french", "subscription-pdf-fr"),
                pdfLink(PortalI18NProvider.ARABIC, "statement.pdf.arabic", "subscription-pdf-ar"));
        links.addClassName("pdf-links");
        add(new PageSection(getTranslation("delegateSubscription.status.form"), links),
                new PageSection(getTranslation("delegateSubscription.section.general"),
                        SubscriptionFacts.general(subscription, this::getTranslation)),
                new PageSection(getTranslation("delegateSubscription.section.head"),
                        SubscriptionFacts.person(subscription.head(), this::getTranslation)),
                new PageSection(getTranslation("delegateSubscription.section.delegate"),
                        SubscriptionFacts.person(subscription.delegate(), this::getTranslation)));
    }

    private VerticalLayout actions(SubscriptionCase workCase) {
        var actions = new VerticalLayout();
        actions.setPadding(false);
        SubscriptionStatus status = workCase.subscription().status();
        if (status == SubscriptionStatus.AWAITING_EMAIL) {
            actions.add(new Paragraph(getTranslation(workCase.abandoned() ? "delegateSubscription.backoffice.abandonedText"
                    : "delegateSubscription.backoffice.awaitingEmail")));
            return actions;
        }
        if (status == SubscriptionStatus.SUBMITTED) {
            var channel = new Select<Channel>();
            channel.setLabel(getTranslation("delegateSubscription.backoffice.channel"));
            channel.setItems(Channel.POST, Channel.AGENCY);
            channel.setItemLabelGenerator(c -> getTranslation("request.channel." + c));
            channel.setValue(Channel.POST);
            channel.addClassName("receipt-channel");
            // the signed form's scan, joined to the request: who validates compares it (DD025)
            var scan = new ScanUpload(Attachments.MAX_BYTES, Attachments.ACCEPTED_TYPES);
            scan.addClassName("receipt-scan");
            var receive = new Button(getTranslation("delegateSubscription.backoffice.receive"),
                    click -> act(() -> desk.recordFormReceipt(reference, channel.getValue(), scan.scan()
                                    .map(file -> new Attachment(file.fileName(), file.contentType(), file.content()))
                                    .orElse(null)),
                            "delegateSubscription.backoffice.received"));
            receive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            receive.addClassName("record-receipt");
            var row = new HorizontalLayout(channel, receive);
            row.setAlignItems(Alignment.BASELINE);
            actions.add(new Paragraph(getTranslation("delegateSubscription.backoffice.receiveText")), scan, row);
        }
        if (status == SubscriptionStatus.FORM_RECEIVED) {
            actions.add(validation(workCase));
        }
        if (!status.isDecided()) {
            var reason = new TextArea(getTranslation("delegateSubscription.backoffice.reason"));
            reason.setWidthFull();
            reason.addClassName("rejection-reason");
            var reject = new Button(getTranslation("delegateSubscription.backoffice.reject"),
                    click -> act(() -> desk.reject(reference, reason.getValue()), "delegateSubscription.backoffice.rejected"));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            reject.addClassName("reject-subscription");
            actions.add(reason, reject);
        }
        return actions;
    }

    /**
     * Four eyes (DD025): who recorded the signed form proposed the validation; another staff
     * member approves it. Nobody sees a validate button on a form they received or a validation
     * they proposed; after a rejected proposal, the validation can be proposed again.
     */
    private VerticalLayout validation(SubscriptionCase workCase) {
        var validation = new VerticalLayout();
        validation.setPadding(false);
        var receivedBy = new Paragraph(getTranslation("delegateSubscription.backoffice.receivedBy",
                workCase.formReceivedBy() == null ? "—" : workCase.formReceivedBy()));
        receivedBy.addClassName("form-received-by");
        validation.add(receivedBy);
        if (workCase.proposal() == null) {
            var propose = new Button(getTranslation("delegateSubscription.backoffice.propose"),
                    click -> act(() -> desk.proposeValidation(reference), "delegateSubscription.backoffice.proposed"));
            propose.addClassName("propose-validation");
            validation.add(new Paragraph(getTranslation("delegateSubscription.backoffice.proposeText")), propose);
            return validation;
        }
        var waiting = new Paragraph(getTranslation("delegateSubscription.backoffice.awaitingApproval",
                workCase.proposal().proposedBy()));
        waiting.addClassName("validation-awaiting");
        validation.add(waiting);
        if (workCase.mayValidate()) {
            var validate = new Button(getTranslation("delegateSubscription.backoffice.validate"),
                    click -> act(() -> desk.validate(reference), "delegateSubscription.backoffice.validated"));
            validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            validate.addClassName("validate-subscription");
            validation.add(new Paragraph(getTranslation("delegateSubscription.backoffice.validateText")), validate);
        }
        return validation;
    }

    /** Runs a decision; a refusal is shown in the user's language and the page stays as it was. */
    private void act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (Refusal e) {
            Feedback.refused(this, e);
            return;
        }
        Feedback.done(this, doneKey);
        render();
    }

    private Anchor pdfLink(Locale language, String textKey, String className) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            SubscriptionDocument document = desk.printableForm(reference, language);
            return new DownloadResponse(new ByteArrayInputStream(document.content()), document.fileName(),
                    SubscriptionDocument.CONTENT_TYPE, document.content().length);
        }), getTranslation(textKey));
        link.addClassName(className);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("delegateSubscription.backoffice.case", reference);
    }
}
