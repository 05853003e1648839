package ma.cimr.teleservices.declaration.ui;

import ma.cimr.teleservices.declaration.DeclarationStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.declaration.DeclarationFileProblem;
import ma.cimr.teleservices.declaration.FileDeclarantSetting;
import ma.cimr.teleservices.delegate.DeclarationMode;
import ma.cimr.teleservices.shared.value.DuePeriod;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;

import static ma.cimr.teleservices.jooq.Tables.DECLARATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload page of a file declarant, in French and in Arabic: a sound file becomes drafts, a bad
 * one shows its problems with the report to download, and a form user is told the page is not theirs.
 */
class DeclarationUploadViewTest extends PortalBrowserlessTest {

    private static final Instant DECEMBER_2026 = Instant.parse("2026-12-03T10:00:00Z");

    @Autowired
    DSLContext dsl;
    @Autowired
    TestClock clock;

    private FileDeclarantSetting setting;
    private Instant clockBefore;

    @BeforeEach
    void fileDeclarant() {
        clockBefore = clock.instant();
        clock.set(DECEMBER_2026);
        setting = new FileDeclarantSetting(dsl).declares(DeclarationMode.FILE, "CAD", "EMP");
        signInAs(FileDeclarantSetting.LOGIN);
    }

    @AfterEach
    void giveBackTheDemo() {
        setting.restore();
        clock.set(clockBefore);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDemoCompanysFileImportsAsOneDraftPerCategoryAndLeavesNoTemporaryFile() throws IOException {
        long tempFilesBefore = tempUploads();
        open("company/declarations/file");
        assertThat($(H1.class).first().getText()).isEqualTo("Déclarer les salaires par fichier");
        Select<DuePeriod> period = $(Select.class).withClassName("declaration-upload-period").first();
        assertThat(period.getValue()).as("last month by default").isEqualTo(DuePeriod.parse("2026-11"));
        assertThat($(Anchor.class).withClassName("declaration-template").first().getText()).isEqualTo("Télécharger le modèle");

        test($(Upload.class).withClassName("declaration-upload").first())
                .upload("paie-novembre.csv", "text/csv", fixture("atlas-valide.csv"));
        assertThat(tempUploads()).as("the file waits in a temporary file").isEqualTo(tempFilesBefore + 1);
        test($(Button.class).withClassName("declaration-upload-submit").first()).click();

        assertThat(currentPath()).as("two categories: the history lists both drafts").isEqualTo("company/declarations");
        assertThat($(Notification.class).all()).anySatisfy(notice ->
                assertThat(test(notice).getText()).isEqualTo("67 lignes importées. Vérifiez la déclaration puis déposez-la."));
        assertThat(dsl.fetchCount(DECLARATION, DECLARATION.COMPANY_ID.eq(setting.companyId())
                .and(DECLARATION.DUE_PERIOD.eq(DuePeriod.parse("2026-11").firstDay())).and(DECLARATION.STATUS.eq(DeclarationStatus.DRAFT))))
                .isEqualTo(2);
        assertThat(tempUploads()).as("the temporary file is gone once imported").isEqualTo(tempFilesBefore);
    }

    @Test
    void aFileOfOneCategoryLeadsToItsDraftsReviewPage() throws IOException {
        setting.declares(DeclarationMode.FILE, "EMP");
        String empOnly = new String(fixture("atlas-valide.csv"), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.endsWith(";CAD")).collect(java.util.stream.Collectors.joining("\r\n"));
        open("company/declarations/file");

        test($(Upload.class).withClassName("declaration-upload").first())
                .upload("paie-emp.csv", "text/csv", empOnly.getBytes(StandardCharsets.UTF_8));
        test($(Button.class).withClassName("declaration-upload-submit").first()).click();

        long draft = dsl.select(DECLARATION.ID).from(DECLARATION).where(DECLARATION.COMPANY_ID.eq(setting.companyId())
                .and(DECLARATION.DUE_PERIOD.eq(DuePeriod.parse("2026-11").firstDay()))).fetchSingle().value1();
        assertThat(currentPath()).isEqualTo("company/declarations/" + draft);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBadFileShowsItsProblemsAndTheReportToDownloadInArabic() throws IOException {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
        open("company/declarations/file");
        assertThat($(H1.class).first().getText()).isEqualTo("التصريح بالأجور بواسطة ملف");

        test($(Upload.class).withClassName("declaration-upload").first())
                .upload("salaires.csv", "text/csv", fixture("salaires.csv"));
        test($(Button.class).withClassName("declaration-upload-submit").first()).click();

        assertThat($(Paragraph.class).withClassName("declaration-upload-rejected").first().getText())
                .startsWith("لم يتم استيراد الملف");
        Grid<DeclarationFileProblem> problems = $(Grid.class).withClassName("declaration-upload-problems").first();
        assertThat(test(problems).size()).as("every problem of the file").isEqualTo(10);
        assertThat(test(problems).getCellText(0, 0)).isEqualTo("2");
        assertThat($(Anchor.class).withClassName("declaration-upload-report").first().getText()).isEqualTo("تحميل التقرير");
    }

    @Test
    void aFormUserIsToldTheUploadIsNotTheirs() {
        setting.declares(DeclarationMode.FORM, "CAD");
        open("company/declarations/file");

        assertThat($(Paragraph.class).withClassName("declaration-upload-refused").first().getText())
                .startsWith("Votre administrateur vous a choisi la déclaration par formulaire");
        assertThat($(Upload.class).all()).isEmpty();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = DeclarationUploadViewTest.class.getResourceAsStream("/declaration/" + name)) {
            return in.readAllBytes();
        }
    }

    private static long tempUploads() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("upload-")).count();
        }
    }
}
