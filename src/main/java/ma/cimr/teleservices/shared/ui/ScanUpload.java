package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One scanned paper joined to a staff action (a signed letter, a signed form: DD025). The file
 * goes through {@link BoundedUpload}, so the server enforces the size whatever the browser was
 * told, and waits in a temporary file until the action reads it; the service checks what it
 * really is (the request feature's attachment rules). The limits are the caller's, so this piece
 * knows no feature.
 */
public class ScanUpload extends Composite<Upload> implements HasStyle {

    /** The file as received: its content is checked by the service it is given to. */
    public record Scan(String fileName, String contentType, byte[] content) {
    }

    private record Pending(String fileName, String contentType, Path path) {
    }

    private final AtomicReference<Pending> pending = new AtomicReference<>();
    // composed, not extended: the browser-less tests drive an Upload by its own class
    private final Upload upload = new Upload();

    public ScanUpload(long maxBytes, List<String> acceptedTypes) {
        upload.setUploadHandler(new BoundedUpload(maxBytes, 1, () -> pending.get() == null ? 0 : 1, this::keep,
                getTranslation("request.error.fileSize"), getTranslation("request.error.tooManyFiles")));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) maxBytes);
        upload.setAcceptedFileTypes(acceptedTypes.toArray(String[]::new));
        upload.addFileRemovedListener(event -> forget());
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("scan.add")).setMany(getTranslation("scan.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("scan.drop")).setMany(getTranslation("scan.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("request.error.tooManyFiles"))
                .setFileIsTooBig(getTranslation("request.error.fileSize"))
                .setIncorrectFileType(getTranslation("request.error.fileType")));
        i18n.setFile(new UploadI18N.File().setRemove(getTranslation("action.delete"))
                .setRetry(getTranslation("request.attachments.retry")).setStart(getTranslation("request.attachments.start")));
        upload.setI18n(i18n);
        upload.setDropLabel(new Span(getTranslation("scan.help")));
        addDetachListener(event -> forget());
    }

    @Override
    protected Upload initContent() {
        return upload;
    }

    /** The scan received, if any, read from its temporary file. */
    public Optional<Scan> scan() {
        Pending file = pending.get();
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Scan(file.fileName(), file.contentType(), Files.readAllBytes(file.path())));
        } catch (IOException gone) {
            throw new UncheckedIOException(gone);
        }
    }

    /** After the action: the file is forgotten and the upload is ready for the next paper. */
    public void clear() {
        forget();
        upload.clearFileList();
    }

    /** Called on the upload's request thread with a file it now owns; a second one replaces the first. */
    private void keep(String fileName, String contentType, Path file) {
        delete(pending.getAndSet(new Pending(fileName, contentType, file)));
    }

    private void forget() {
        delete(pending.getAndSet(null));
    }

    private static void delete(Pending file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file.path());
        } catch (IOException ignored) {
            // a temporary file: the JVM's temp folder is cleaned anyway
        }
    }
}
