package ma.cimr.teleservices.membership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.membership.DocumentInfo;
import ma.cimr.teleservices.membership.DocumentKind;
import ma.cimr.teleservices.membership.MembershipApplication;
import ma.cimr.teleservices.membership.MembershipDocument;
import ma.cimr.teleservices.membership.Teleadhesion;
import ma.cimr.teleservices.request.Attachments;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shared.ui.ScanUpload;
import ma.cimr.teleservices.shell.ui.PublicLayout;

import java.util.List;
import java.util.Optional;

/**
 * The applicant follows their application with the link of the e-mail (reference and key): where
 * it stands, what staff asked for and the way to send it, the adherent number once accepted, the
 * reason of a refusal. A wrong key and an unknown reference get the very same page.
 */
@Route(value = "membership/status", layout = PublicLayout.class)
@AnonymousAllowed
class MembershipStatusView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Teleadhesion teleadhesion;
    private String reference = "";
    private String key = "";

    MembershipStatusView(Teleadhesion teleadhesion) {
        this.teleadhesion = teleadhesion;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        reference = parameters.getSingleParameter("ref").orElse("");
        key = parameters.getSingleParameter("token").orElse("");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("membership.status.title")));
        Optional<MembershipApplication> found = teleadhesion.status(reference, key);
        if (found.isEmpty()) {
            var notFound = new Paragraph(getTranslation("membership.status.notFound"));
            notFound.addClassName("membership-not-found");
            add(notFound);
            return;
        }
        MembershipApplication application = found.get();
        var status = new Paragraph(getTranslation("membership.status." + application.status()));
        status.addClassName("membership-status");
        add(new Paragraph(getTranslation("membership.status.summary", application.reference(),
                application.form().legalName(), application.requestReference())), status);
        if (application.adherentNumber() != null) {
            var accepted = new Paragraph(getTranslation("membership.status.accepted", application.adherentNumber()));
            accepted.addClassName("membership-adherent-number");
            add(accepted);
        }
        if (application.refusalReason() != null) {
            var reason = new Paragraph(getTranslation("membership.status.reason", application.refusalReason()));
            reason.addClassName("membership-refusal-reason");
            add(reason);
        }
        if (!application.status().decided()) {
            if (application.missingDocuments() != null) {
                var missing = new Paragraph(getTranslation("membership.status.missing", application.missingDocuments()));
                missing.addClassName("membership-missing");
                add(missing);
            }
            add(sendMore());
        }
        List<DocumentInfo> documents = teleadhesion.documents(reference, key);
        var list = new UnorderedList();
        documents.forEach(document -> list.add(new ListItem(getTranslation(document.kind().labelKey()) + " — "
                + document.fileName() + " (" + Formats.dateTime(document.uploadedAt(), getLocale()) + ")")));
        list.addClassName("membership-documents");
        add(new PageSection(getTranslation("membership.section.documents"), list));
    }

    private PageSection sendMore() {
        var kind = new Select<DocumentKind>();
        kind.setLabel(getTranslation("membership.document.kind"));
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(DocumentKind.OTHER);
        kind.addClassName("document-kind");
        var upload = new ScanUpload(Attachments.MAX_BYTES, Attachments.ACCEPTED_TYPES);
        upload.addClassName("document-more");
        var send = new Button(getTranslation("membership.document.send"), click -> {
            var scan = upload.scan();
            if (scan.isEmpty()) {
                Feedback.problem(this, "membership.error.noDocument");
                return;
            }
            if (Feedback.attempt(this, () -> teleadhesion.sendDocuments(reference, key, List.of(new MembershipDocument(
                    kind.getValue(), scan.get().fileName(), scan.get().contentType(), scan.get().content()))))) {
                Feedback.done(this, "membership.document.sent");
                render();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-document");
        return new PageSection(getTranslation("membership.document.more"), kind, upload, send);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("membership.status.title");
    }
}
