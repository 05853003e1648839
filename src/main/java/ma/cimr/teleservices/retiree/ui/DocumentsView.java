package ma.cimr.teleservices.retiree.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.request.Attachments;
import ma.cimr.teleservices.retiree.DocumentKind;
import ma.cimr.teleservices.retiree.DocumentRequirement;
import ma.cimr.teleservices.retiree.SupportingDocument;
import ma.cimr.teleservices.retiree.SupportingDocuments;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shared.ui.ScanUpload;
import ma.cimr.teleservices.shell.ui.RetireeLayout;

import java.time.LocalDate;
import java.util.List;

/**
 * The supporting documents (pièces justificatives): which the pension needs and until when the
 * fund has them, a document to send (a photo of the paper from the phone will do), and what became
 * of those sent.
 */
@Menu(title = "nav.retiree.documents", order = 3)
@Route(value = "retiree/documents", layout = RetireeLayout.class)
@RolesAllowed(Roles.RETIREE)
class DocumentsView extends VerticalLayout implements HasDynamicTitle {

    private final SupportingDocuments documents;

    DocumentsView(SupportingDocuments documents) {
        this.documents = documents;
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("retiree.documents.title")), new Paragraph(getTranslation("retiree.documents.intro")));
        List<DocumentRequirement> required = documents.myRequirements();
        var needs = new Grid<DocumentRequirement>();
        needs.addClassName("required-documents");
        needs.addColumn(r -> getTranslation("retiree.documents.kind." + r.kind())).setHeader(getTranslation("retiree.documents.kind"))
                .setFlexGrow(2);
        needs.addColumn(r -> Formats.date(r.validUntil(), getLocale())).setHeader(getTranslation("retiree.documents.validUntil"));
        needs.addColumn(r -> getTranslation("retiree.documents.state." + r.state())
                        + (r.lastUploadStatus() == SupportingDocument.Status.PENDING ? " — " + getTranslation("retiree.documents.status.PENDING") : ""))
                .setHeader(getTranslation("retiree.documents.state")).setFlexGrow(2);
        needs.setItems(required);
        needs.setAllRowsVisible(true);
        add(new PageSection(getTranslation("retiree.documents.required"), needs));

        var kind = new Select<DocumentKind>();
        kind.setLabel(getTranslation("retiree.documents.kind"));
        kind.addClassName("document-kind");
        kind.setItems(required.stream().map(DocumentRequirement::kind).toList());
        kind.setItemLabelGenerator(k -> getTranslation("retiree.documents.kind." + k));
        required.stream().filter(r -> r.state() != DocumentRequirement.State.VALID).findFirst()
                .or(() -> required.stream().findFirst()).ifPresent(r -> kind.setValue(r.kind()));
        var scan = new ScanUpload(Attachments.MAX_BYTES, Attachments.ACCEPTED_TYPES);
        scan.addClassName("document-upload");
        var send = new Button(getTranslation("retiree.documents.send"), click -> {
            var file = scan.scan();
            if (kind.getValue() == null || file.isEmpty()) {
                Feedback.problem(this, "retiree.documents.error.noFile");
                return;
            }
            if (Feedback.attempt(this, () -> documents.upload(kind.getValue(), file.get().fileName(),
                    file.get().contentType(), file.get().content()))) {
                scan.clear();
                Feedback.done(this, "retiree.documents.sent");
                show();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-document");
        add(new PageSection(getTranslation("retiree.documents.upload"), kind, scan, send));

        var sent = new Grid<SupportingDocument>();
        sent.addClassName("sent-documents");
        sent.addColumn(d -> getTranslation("retiree.documents.kind." + d.kind())).setHeader(getTranslation("retiree.documents.kind"));
        sent.addColumn(d -> Formats.shortDate(LocalDate.ofInstant(d.uploadedAt(), BusinessCalendar.ZONE), getLocale()))
                .setHeader(getTranslation("retiree.documents.sentOn"));
        sent.addColumn(d -> getTranslation("retiree.documents.status." + d.status())
                        + (d.rejectionReason() == null ? "" : " — " + d.rejectionReason()))
                .setHeader(getTranslation("retiree.documents.status")).setFlexGrow(2);
        sent.setItems(documents.myDocuments());
        sent.setAllRowsVisible(true);
        add(new PageSection(getTranslation("retiree.documents.history"), sent));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.retiree.documents");
    }
}
