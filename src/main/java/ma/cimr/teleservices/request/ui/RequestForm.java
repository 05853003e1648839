package ma.cimr.teleservices.request.ui;

import ma.cimr.teleservices.request.RequiredDocument;
import java.util.function.Function;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import ma.cimr.teleservices.shared.ui.BoundedUpload;
import ma.cimr.teleservices.request.Attachment;
import ma.cimr.teleservices.request.Attachments;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestType;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fields of a new request, checked field by field in the user's language. Contact fields
 * appear only where the requester is not signed in (public page, or an agent entering a request).
 */
public class RequestForm extends FormLayout {

    /** Moroccan or international number, spaces allowed: 06 12 34 56 78, +33 6 12 34 56 78. */
    private static final String PHONE = "^\\+?[0-9 ]{9,20}$";

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private final Select<Channel> channel = new Select<>();
    private final List<PendingFile> pending = new CopyOnWriteArrayList<>();
    private final boolean withContact;
    private final boolean withChannel;
    private final Div documents = new Div();
    private Function<RequestType, List<RequiredDocument>> documentsOf = type -> List.of();

    public RequestForm(List<RequestType> types, boolean withContact, boolean withChannel) {
        this.withContact = withContact;
        this.withChannel = withChannel;
        String required = getTranslation("validation.required");

        var type = new Select<RequestType>();
        type.setLabel(getTranslation("request.type"));
        type.setItems(types);
        // the same kind exists for each population ("Réclamation"): say whose, unless the space already does
        type.setItemLabelGenerator(t -> withContact
                ? getTranslation("request.type.forPopulation", getTranslation("population." + t.population()), t.label(getLocale()))
                : t.label(getLocale()));
        type.addClassName("request-type");
        binder.forField(type).asRequired(required).bind(d -> d.type, (d, v) -> d.type = v);
        add(type);
        // before anything is typed, what this kind of request needs (the charter: only what is indispensable)
        documents.addClassName("request-documents");
        documents.setVisible(false);
        type.addValueChangeListener(event -> showDocuments(event.getValue()));
        add(documents);
        setColspan(documents, 2);

        if (withChannel) {
            channel.setLabel(getTranslation("request.channel"));
            channel.setItems(Channel.PHONE, Channel.POST, Channel.EMAIL, Channel.AGENCY);
            channel.setItemLabelGenerator(c -> getTranslation("request.channel." + c));
            binder.forField(channel).asRequired(required).bind(d -> d.channel, (d, v) -> d.channel = v);
            add(channel);
        }

        var subject = new TextField(getTranslation("request.subject"));
        binder.forField(subject).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", 200), 1, 200))
                .bind(d -> d.subject, (d, v) -> d.subject = v);
        var description = new TextArea(getTranslation("request.description"));
        binder.forField(description).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", 5000), 1, 5000))
                .bind(d -> d.description, (d, v) -> d.description = v);
        add(subject, description);
        setColspan(description, 2);

        var phone = new TextField(getTranslation("request.contactPhone"));
        phone.setHelperText(getTranslation("request.contactPhone.help"));
        binder.forField(phone)
                .withValidator(value -> value.isBlank() || value.matches(PHONE), getTranslation("validation.phone"))
                .bind(d -> d.phone, (d, v) -> d.phone = v);
        if (withContact) {
            var name = new TextField(getTranslation("request.contactName"));
            binder.forField(name).asRequired(required).bind(d -> d.name, (d, v) -> d.name = v);
            var email = new EmailField(getTranslation("request.contactEmail"));
            binder.forField(email)
                    .withValidator(new EmailValidator(getTranslation("validation.email"), true))
                    .withValidator((value, context) -> value.isBlank() && phone.getValue().isBlank()
                            ? com.vaadin.flow.data.binder.ValidationResult.error(getTranslation("request.error.contactRequired"))
                            : com.vaadin.flow.data.binder.ValidationResult.ok())
                    .bind(d -> d.email, (d, v) -> d.email = v);
            add(name, email);
        }
        add(phone);
        add(attachmentUpload());
        binder.setBean(draft);
        addDetachListener(event -> deleteAll());
    }

    /**
     * Files wait in temporary files until the request is sent (the upload target enforces the size
     * and count limits itself: {@link BoundedUpload}); they are read, checked and stored with it,
     * and deleted when the form goes away.
     */
    private Upload attachmentUpload() {
        var upload = new Upload(new BoundedUpload(Attachments.MAX_BYTES, Attachments.MAX_FILES, pending::size,
                this::keep, getTranslation("request.error.fileSize"), getTranslation("request.error.tooManyFiles")));
        upload.addClassName("request-attachments");
        upload.setMaxFiles(Attachments.MAX_FILES);
        upload.setMaxFileSize(Attachments.MAX_BYTES);
        upload.setAcceptedFileTypes(Attachments.ACCEPTED_TYPES.toArray(String[]::new));
        upload.addFileRemovedListener(event -> forget(event.getFileName()));
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("request.attachments.add"))
                .setMany(getTranslation("request.attachments.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("request.attachments.drop"))
                .setMany(getTranslation("request.attachments.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("request.error.tooManyFiles"))
                .setFileIsTooBig(getTranslation("request.error.fileSize"))
                .setIncorrectFileType(getTranslation("request.error.fileType")));
        i18n.setFile(new UploadI18N.File().setRemove(getTranslation("action.delete"))
                .setRetry(getTranslation("request.attachments.retry")).setStart(getTranslation("request.attachments.start")));
        upload.setI18n(i18n);
        var label = new com.vaadin.flow.component.html.Span(getTranslation("request.attachments.help"));
        label.addClassName("upload-help");
        upload.setDropLabel(label);
        setColspan(upload, 2);
        return upload;
    }

    /** The files joined so far, in the order they were added, read from their temporary files. */
    public List<Attachment> attachments() {
        var read = new ArrayList<Attachment>();
        for (PendingFile file : pending) {
            try {
                read.add(new Attachment(file.fileName(), file.contentType(), Files.readAllBytes(file.path())));
            } catch (IOException gone) {
                throw new UncheckedIOException(gone);
            }
        }
        return read;
    }

    /** Called on the upload's thread: the list is shared with the UI thread, hence a concurrent list. */
    private void keep(String fileName, String contentType, Path file) {
        pending.add(new PendingFile(fileName, contentType, file));
    }

    private void forget(String fileName) {
        pending.removeIf(file -> file.fileName().equals(fileName) && delete(file));
    }

    private void deleteAll() {
        pending.removeIf(RequestForm::delete);
    }

    private static boolean delete(PendingFile file) {
        try {
            Files.deleteIfExists(file.path());
        } catch (IOException ignored) {
            // a temporary file: the JVM's temp folder is cleaned anyway
        }
        return true;
    }

    private record PendingFile(String fileName, String contentType, Path path) {
    }

    /** The request as typed, or empty while a field is wrong (each wrong field then says why). */
    /** Lists, when a kind is chosen, the documents it asks for, or says that it asks for none. */
    public RequestForm withDocuments(Function<RequestType, List<RequiredDocument>> documentsOf) {
        this.documentsOf = documentsOf;
        return this;
    }

    private void showDocuments(RequestType type) {
        documents.removeAll();
        documents.setVisible(type != null);
        if (type == null) {
            return;
        }
        List<RequiredDocument> needed = documentsOf.apply(type);
        if (needed.isEmpty()) {
            documents.add(new Paragraph(getTranslation("request.documents.none")));
            return;
        }
        var list = new UnorderedList();
        needed.forEach(document -> list.add(new ListItem(document.label(getLocale()))));
        documents.add(new Paragraph(getTranslation("request.documents.intro")), list);
    }

    public Optional<NewRequest> read() {
        RequestType type = draft.type;
        Channel channel = withChannel ? draft.channel : Channel.WEB;
        if (!binder.validate().isOk() || type == null || channel == null) {
            // the binder says under each field what is missing (the type and the channel are required)
            return Optional.empty();
        }
        return Optional.of(new NewRequest(type.code(), channel,
                getLocale().getLanguage(), draft.subject, draft.description,
                withContact ? draft.name : null, withContact ? draft.email : null, draft.phone));
    }

    private static final class Draft {
        private @Nullable RequestType type;
        private @Nullable Channel channel;
        private String subject = "";
        private String description = "";
        private String name = "";
        private String email = "";
        private String phone = "";
    }
}
