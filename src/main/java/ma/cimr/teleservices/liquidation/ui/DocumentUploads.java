package ma.cimr.teleservices.liquidation.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import ma.cimr.teleservices.liquidation.DocumentKind;
import ma.cimr.teleservices.liquidation.UploadedDocument;
import ma.cimr.teleservices.request.Attachments;
import ma.cimr.teleservices.shared.ui.ScanUpload;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One upload per paper asked, each bounded on the server (10 MB, PDF, JPEG or PNG: the request
 * feature's rules, which the service checks again on the content). When the papers asked change
 * (another kind of claim, another payment mode) the uploads of papers still asked are kept.
 */
class DocumentUploads extends VerticalLayout {

    private final Map<DocumentKind, ScanUpload> uploads = new EnumMap<>(DocumentKind.class);

    DocumentUploads() {
        setPadding(false);
        addClassName("claim-uploads");
    }

    void ask(Collection<DocumentKind> kinds) {
        uploads.keySet().retainAll(kinds);
        removeAll();
        for (DocumentKind kind : kinds) {
            ScanUpload upload = uploads.computeIfAbsent(kind,
                    k -> new ScanUpload(Attachments.MAX_BYTES, Attachments.ACCEPTED_TYPES));
            upload.addClassName("claim-upload-" + kind.name());
            var label = new Span(getTranslation("liquidation.document." + kind.name()));
            add(label, upload);
        }
    }

    /** The papers received so far, read from their temporary files. */
    List<UploadedDocument> documents() {
        List<UploadedDocument> documents = new ArrayList<>();
        uploads.forEach((kind, upload) -> upload.scan().ifPresent(scan ->
                documents.add(new UploadedDocument(kind, scan.fileName(), scan.contentType(), scan.content()))));
        return documents;
    }
}
