package ma.cimr.teleservices.account.recovery;

import com.vaadin.flow.component.html.Anchor;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user administrator's two letters, blank, to print, sign and stamp: in French and in Arabic,
 * downloadable by anyone (a delegate who forgot their password cannot sign in to fetch them).
 */
class DelegateLetterPdfTest extends PortalBrowserlessTest {

    @Autowired
    DelegateLetterPdf letters;

    @Test
    void theFrenchResetLetterHasItsBlanksSignatureAndStampBoxesAndTheAgencysAddress() throws IOException {
        LetterDocument letter = letters.blank(DelegateLetterKind.PASSWORD_RESET, PortalI18NProvider.FRENCH);

        assertThat(letter.fileName()).isEqualTo("reinitialisation-mot-de-passe-delegue-fr.pdf");
        String text = textOf(letter);
        assertThat(text).contains("Réinitialisation du mot de passe de la personne déléguée", "Agence Virtuelle",
                "Raison sociale", "N° d'adhérent", "Nom et prénom", "N° de CIN", "Cachet de l'entreprise",
                "signature du responsable de l'entreprise", "Casablanca", "N'écrivez aucun mot de passe");
        assertThat(text).doesNotContain("Nouvelle adresse e-mail");
        assertThat(fontNames(letter)).anyMatch(name -> name.startsWith("embedded:") && name.contains("DejaVuSans"));
    }

    @Test
    void theFrenchEmailLetterAsksForTheOldAndTheNewAddress() throws IOException {
        String text = textOf(letters.blank(DelegateLetterKind.EMAIL_UPDATE, PortalI18NProvider.FRENCH));
        assertThat(text).contains("Mise à jour de l'e-mail de la personne déléguée", "Adresse e-mail actuelle",
                "Nouvelle adresse e-mail", "Agence Virtuelle", "Cachet de l'entreprise");
    }

    @Test
    void bothLettersExistInArabicWrittenInAnEmbeddedArabicFont() throws IOException {
        for (DelegateLetterKind kind : DelegateLetterKind.values()) {
            LetterDocument letter = letters.blank(kind, PortalI18NProvider.ARABIC);
            assertThat(letter.fileName()).endsWith("-ar.pdf");
            assertThat(new String(letter.content(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            String text = textOf(letter);
            assertThat(text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count())
                    .as("Arabic letters in the " + kind + " letter").isGreaterThan(200);
            assertThat(text).doesNotContain("personne déléguée").contains("Casablanca");
            assertThat(fontNames(letter)).anyMatch(name -> name.startsWith("embedded:") && name.contains("DejaVuSans"));
        }
    }

    @Test
    void thePublicPageOffersEveryLetterInFrenchAndArabic() {
        assertThat(open("delegate-letters")).isEqualTo("delegate-letters");
        for (DelegateLetterKind kind : DelegateLetterKind.values()) {
            for (String language : new String[]{"fr", "ar"}) {
                Anchor link = $(Anchor.class).withClassName("letter-" + kind.name() + "-" + language).first();
                assertThat(link.getHref()).isNotBlank();
            }
        }
        // and the forgotten-password page leads there
        open("forgot-password");
        assertThat($(Anchor.class).withClassName("delegate-letters-link").first().getHref()).isEqualTo("delegate-letters");
    }

    private static String textOf(LetterDocument letter) throws IOException {
        PdfReader reader = new PdfReader(letter.content());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        // lines wrap where the page ends them: compare words, not line breaks
        assertThat(reader.getNumberOfPages()).as("one page to print").isEqualTo(1);
        return text.toString().replaceAll("\\s+", " ");
    }

    private static Set<String> fontNames(LetterDocument letter) throws IOException {
        PdfReader reader = new PdfReader(letter.content());
        Set<String> names = new HashSet<>();
        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        for (PdfName key : fonts.getKeys()) {
            PdfDictionary font = fonts.getAsDict(key);
            names.add(font.getAsName(PdfName.BASEFONT).toString());
            // embedded: the descendant font's descriptor carries the font file
            var descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
            if (descendant.getAsDict(PdfName.FONTDESCRIPTOR).get(PdfName.FONTFILE2) != null) {
                names.add("embedded:" + font.getAsName(PdfName.BASEFONT));
            }
        }
        return names;
    }
}
