package ma.cimr.teleservices.retiree.ui.backoffice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.audit.PersonFile;
import ma.cimr.teleservices.audit.StaffAccesses;
import ma.cimr.teleservices.audit.ui.AccessReasonGate;
import ma.cimr.teleservices.retiree.DocumentToReview;
import ma.cimr.teleservices.retiree.SupportingDocuments;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.io.ByteArrayInputStream;

/**
 * Staff review retirees' supporting documents, oldest first: open the file, accept it (good for a
 * year; a pension suspended for its lack resumes) or reject it with the reason the retiree reads.
 */
@Menu(title = "nav.backoffice.retireeDocuments", order = 3.75)
@Route(value = "backoffice/retiree-documents", layout = BackofficeLayout.class)
@RolesAllowed(Roles.AGENT)
class RetireeDocumentsView extends VerticalLayout implements HasDynamicTitle {

    private final SupportingDocuments documents;
    private final StaffAccesses accesses;
    private final Grid<DocumentToReview> grid = new Grid<>();

    RetireeDocumentsView(SupportingDocuments documents, StaffAccesses accesses) {
        this.documents = documents;
        this.accesses = accesses;
        add(new H1(getTranslation("retiree.review.title")));
        grid.addClassName("documents-to-review");
        grid.addColumn(DocumentToReview::pensionFileNumber).setHeader(getTranslation("retiree.fileNumber")).setAutoWidth(true);
        grid.addColumn(DocumentToReview::holderName).setHeader(getTranslation("retiree.review.holder"));
        grid.addColumn(d -> getTranslation("retiree.documents.kind." + d.kind())).setHeader(getTranslation("retiree.documents.kind"));
        grid.addColumn(d -> Formats.dateTime(d.uploadedAt(), getLocale())).setHeader(getTranslation("retiree.documents.sentOn"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("retiree.review.decision")).setFlexGrow(3);
        grid.setItems(query -> documents.toReview(query.getOffset(), query.getLimit()).stream(),
                query -> documents.toReviewCount());
        add(grid);
    }

    private HorizontalLayout actions(DocumentToReview document) {
        var file = file(document);
        var accept = new Button(getTranslation("retiree.review.accept"), click -> {
            if (Feedback.attempt(this, () -> documents.accept(document.id()))) {
                Feedback.done(this, "retiree.review.accepted");
                grid.getDataProvider().refreshAll();
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClassName("accept-document");
        var reason = new TextField();
        reason.setPlaceholder(getTranslation("retiree.review.reason"));
        reason.addClassName("reject-reason");
        var reject = new Button(getTranslation("retiree.review.reject"), click -> {
            if (Feedback.attempt(this, () -> documents.reject(document.id(), reason.getValue()))) {
                Feedback.done(this, "retiree.review.rejected");
                grid.getDataProvider().refreshAll();
            }
        });
        reject.addClassName("reject-document");
        return new HorizontalLayout(file, accept, reason, reject);
    }

    /**
     * The scan itself is the retiree's file: its link is there once this session said why it opens
     * this retiree's papers (DD041); until then the same words ask for the reason first.
     */
    private Component file(DocumentToReview document) {
        PersonFile retiree = PersonFile.retiree(document.retireeId());
        if (!AccessReasonGate.justified(retiree)) {
            var open = new Button(getTranslation("retiree.review.open"), click -> AccessReasonGate.ask(accesses, retiree,
                    "backoffice/retiree-documents", () -> grid.getDataProvider().refreshAll()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.addClassName("open-document");
            return open;
        }
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = documents.content(document.id());
            return new DownloadResponse(new ByteArrayInputStream(content), document.fileName(), document.contentType(),
                    content.length);
        }), getTranslation("retiree.review.open"));
        link.addClassName("document-file");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backoffice.retireeDocuments");
    }
}
