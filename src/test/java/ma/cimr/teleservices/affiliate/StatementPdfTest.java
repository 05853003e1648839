package ma.cimr.teleservices.affiliate;

import com.vaadin.flow.component.html.Anchor;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.OTHER_AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.RETIREE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The relevé de points downloaded as a PDF, in French and in Arabic, for the signed-in affiliate only. */
class StatementPdfTest extends PortalBrowserlessTest {

    @Autowired
    PointsService points;

    @Test
    void theFrenchPdfNamesTheAffiliateAndListsTheirYears() throws IOException {
        signInAs(AFFILIATE);
        PointsStatement statement = points.myStatement();
        StatementDocument pdf = points.myStatementPdf(PortalI18NProvider.FRENCH);

        assertThat(pdf.fileName()).isEqualTo("releve-points-" + AFFILIATE + "-fr.pdf");
        assertThat(new String(pdf.content(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf.content());
        String page1 = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(page1).contains("Relevé de points", AFFILIATE, "Caisse Interprofessionnelle Marocaine de Retraite",
                String.valueOf(statement.lines().getFirst().year()));
        assertThat(new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages()))
                .contains(String.valueOf(statement.lines().getLast().year()));
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
        assertThat(fontNames(reader)).anyMatch(name -> name.startsWith("embedded:") && name.contains("DejaVuSans"));
    }

    @Test
    void theArabicPdfIsWrittenInAnEmbeddedArabicFont() throws IOException {
        signInAs(AFFILIATE);
        PointsStatement statement = points.myStatement();
        StatementDocument pdf = points.myStatementPdf(PortalI18NProvider.ARABIC);

        assertThat(pdf.fileName()).isEqualTo("releve-points-" + AFFILIATE + "-ar.pdf");
        assertThat(new String(pdf.content(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf.content());
        String page1 = new PdfTextExtractor(reader).getTextFromPage(1);
        // shaped Arabic may come out as presentation forms: the robust facts are the digits and the script
        assertThat(page1).contains(AFFILIATE, String.valueOf(statement.lines().getFirst().year()));
        assertThat(page1.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                .as("Arabic letters on page 1").isTrue();
        assertThat(page1).doesNotContain("Relevé");
        assertThat(fontNames(reader)).anyMatch(name -> name.startsWith("embedded:") && name.contains("DejaVuSans"));
    }

    @Test
    void anotherAffiliateGetsOnlyTheirOwnStatement() throws IOException {
        signInAs(OTHER_AFFILIATE);
        StatementDocument pdf = points.myStatementPdf(PortalI18NProvider.FRENCH);

        PdfReader reader = new PdfReader(pdf.content());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        // nor the points granted to the demo affiliate: their sick-leave files and their buy-back
        assertThat(text).contains(OTHER_AFFILIATE).doesNotContain(AFFILIATE, "AM-2018-0457", "AM-2021-1193", "Rachat");
    }

    @Test
    void onlyAffiliatesHaveAStatement() {
        signInAs(RETIREE);
        assertThatThrownBy(() -> points.myStatementPdf(PortalI18NProvider.FRENCH))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theStatementPageOffersThePdfInFrenchAndInArabic() {
        signInAs(AFFILIATE);
        open("affiliate/statement");

        assertThat($(Anchor.class).withClassName("statement-pdf-fr").all()).hasSize(1);
        assertThat($(Anchor.class).withClassName("statement-pdf-ar").all()).hasSize(1);
        Anchor french = $(Anchor.class).withClassName("statement-pdf-fr").first();
        Anchor arabic = $(Anchor.class).withClassName("statement-pdf-ar").first();
        assertThat(french.getText()).isEqualTo("PDF en français");
        assertThat(arabic.getText()).isEqualTo("PDF en arabe");
        assertThat(french.getHref()).isNotBlank();
        assertThat(arabic.getHref()).isNotBlank().isNotEqualTo(french.getHref());
    }

    private static Set<String> fontNames(PdfReader reader) {
        Set<String> names = new HashSet<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary fonts = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            for (PdfName key : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(key);
                names.add(font.getAsName(PdfName.BASEFONT).toString());
                // embedded: the descendant font's descriptor carries the font file
                var descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
                if (descendant.getAsDict(PdfName.FONTDESCRIPTOR).get(PdfName.FONTFILE2) != null) {
                    names.add("embedded:" + font.getAsName(PdfName.BASEFONT));
                }
            }
        }
        return names;
    }
}
