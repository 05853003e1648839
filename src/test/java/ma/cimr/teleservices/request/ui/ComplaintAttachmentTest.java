package ma.cimr.teleservices.request.ui;

import ma.cimr.teleservices.shared.ui.BoundedUpload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import ma.cimr.teleservices.PortalBrowserlessTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static ma.cimr.teleservices.jooq.Tables.REQUEST_ATTACHMENT;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anonymous complaint with a scanned letter: the file goes through the bounded upload target
 * into a temporary file, is stored with the request, and leaves nothing behind on disk.
 */
class ComplaintAttachmentTest extends PortalBrowserlessTest {

    private static final byte[] LETTER = "%PDF-1.4\nla lettre de réclamation\n%%EOF".getBytes(StandardCharsets.UTF_8);

    @Autowired
    DSLContext dsl;

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aVisitorJoinsAScannedLetterToAComplaintAndItIsStoredWithIt() throws IOException {
        long tempFilesBefore = tempUploads();
        open("complaint");
        Select type = $(Select.class).withClassName("request-type").first();
        type.setValue(type.getListDataView().getItem(0));
        test($(TextField.class).withCaption("Sujet").first()).setValue("Lettre jointe");
        test($(TextArea.class).withCaption("Votre demande").first()).setValue("Voir la lettre jointe, s'il vous plaît.");
        test($(TextField.class).withCaption("Nom et prénom").first()).setValue("Visiteur Anonyme");
        test($(EmailField.class).first()).setValue("visiteur@demo.example");

        test($(Upload.class).first()).upload("lettre.pdf", "application/pdf", LETTER);
        assertThat(tempUploads()).as("the file waits in a temporary file").isEqualTo(tempFilesBefore + 1);
        test($(Button.class).withClassName("send-request").first()).click();

        var stored = dsl.select(REQUEST_ATTACHMENT.FILE_NAME, REQUEST_ATTACHMENT.CONTENT)
                .from(REQUEST_ATTACHMENT).join(SERVICE_REQUEST).on(SERVICE_REQUEST.ID.eq(REQUEST_ATTACHMENT.REQUEST_ID))
                .where(SERVICE_REQUEST.SUBJECT.eq("Lettre jointe")).fetchOne();
        assertThat(stored).isNotNull();
        assertThat(stored.value1()).isEqualTo("lettre.pdf");
        assertThat(stored.value2()).isEqualTo(LETTER);
        assertThat(tempUploads()).as("the temporary file is gone once the request is filed").isEqualTo(tempFilesBefore);
    }

    private static long tempUploads() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith(BoundedUpload.FILE_PREFIX)).count();
        }
    }
}
