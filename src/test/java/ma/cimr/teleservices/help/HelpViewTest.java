package ma.cimr.teleservices.help;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.markdown.Markdown;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.account.recovery.LetterDocument;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help and downloads (DD042): anyone reaches the guides and the letters from the public header;
 * each space has the page in its menu; the guides read in the reader's language; the
 * réabonnement letter is a blank A4 to sign and stamp, in French and Arabic, with the fund's address.
 */
class HelpViewTest extends PortalBrowserlessTest {

    @Autowired
    ResubscriptionLetterPdf resubscription;

    @Test
    void aVisitorFindsEveryGuideAndEveryLetterFromThePublicHeader() {
        open("");
        assertThat($(Anchor.class).all()).anySatisfy(link -> {
            assertThat(link.getHref()).isEqualTo("help");
            assertThat(link.getText()).isEqualTo("Aide");
        });
        assertThat(open("help")).isEqualTo("help");
        assertThat($(H1.class).first().getText()).isEqualTo("Aide et téléchargements");

        List<Details> guides = $(Details.class).all().stream()
                .filter(details -> details.getClassNames().stream().anyMatch(name -> name.startsWith("guide-"))).toList();
        assertThat(guides).hasSize(Guide.values().length);
        assertThat(guides.getFirst().getSummaryText()).isEqualTo("S'abonner aux téléservices (entreprises adhérentes)");
        Details file = $(Details.class).withClassName("guide-declaration-file").single();
        assertThat(file.getSummaryText()).isEqualTo("Déclarer les salaires par fichier (télédéclaration)");
        assertThat(((Markdown) file.getContent().findFirst().orElseThrow()).getContent())
                .contains("`date_entree`", "Windows-1252", "100 000");

        for (String letter : List.of("PASSWORD_RESET", "EMAIL_UPDATE", "RESUBSCRIPTION")) {
            for (String language : List.of("fr", "ar")) {
                assertThat($(Anchor.class).withClassName("letter-" + letter + "-" + language).single().getHref())
                        .as(letter + " in " + language).isNotBlank();
            }
        }
        assertThat($(Anchor.class).withClassName("declaration-template").single().getHref()).isNotBlank();
        assertThat($(Anchor.class).withClassName("help-feedback-link").single().getHref()).isEqualTo("feedback");
    }

    @Test
    void theGuidesReadInArabic() {
        open("");
        UI.getCurrent().setLocale(PortalI18NProvider.ARABIC);
        open("help");
        assertThat($(H1.class).first().getText()).isEqualTo("المساعدة والتحميلات");
        assertThat($(Details.class).withClassName("guide-retiree-space").single().getSummaryText())
                .isEqualTo("فضاء المستفيد من المعاش (CIMR DIALCOM)");
    }

    @Test
    void eachSpaceHasHelpInItsMenuAndItsOwnCopyOnly() {
        signInAs(DemoLogins.AFFILIATE);
        open("affiliate");
        assertThat(menu()).anySatisfy(item -> {
            assertThat(item.path()).isEqualTo("affiliate/help");
            assertThat(item.label()).isEqualTo("Aide et téléchargements");
        });
        assertThat(open("affiliate/help")).isEqualTo("affiliate/help");
        assertThat($(Anchor.class).withClassName("help-feedback-link").single().getHref()).isEqualTo("affiliate/feedback");

        open("retiree/help");
        assertThat($(Details.class).all()).as("another space's copy is refused").isEmpty();

        signInAs(DemoLogins.AGENT);
        assertThat(open("backoffice/help")).isEqualTo("backoffice/help");
        assertThat($(Anchor.class).withClassName("help-feedback-link").all()).as("staff have no suggestion box").isEmpty();
    }

    @Test
    void aVisitorOpeningASpacesCopyGetsThePublicOne() {
        assertThat(open("company/help")).isEqualTo("help");
    }

    @Test
    void theResubscriptionLetterIsABlankToSignAndStampWithTheFundsAddress() throws IOException {
        LetterDocument french = resubscription.blank(PortalI18NProvider.FRENCH);
        assertThat(french.fileName()).isEqualTo("reabonnement-teleservices-fr.pdf");
        assertThat(new String(french.content(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(textOf(french)).contains("Réabonnement aux téléservices CIMR", "Responsable de l'agence virtuelle",
                "Raison sociale", "N° d'adhérent", "Personne déléguée sortante", "Nouvelle personne déléguée",
                "N° de CIN", "Adresse e-mail", "Cachet de l'entreprise", "Casablanca", "N'écrivez aucun mot de passe");

        LetterDocument arabic = resubscription.blank(PortalI18NProvider.ARABIC);
        assertThat(arabic.fileName()).endsWith("-ar.pdf");
        String text = textOf(arabic);
        assertThat(text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count())
                .isGreaterThan(200);
        assertThat(text).doesNotContain("Réabonnement").contains("Casablanca");
    }

    private static String textOf(LetterDocument letter) throws IOException {
        PdfReader reader = new PdfReader(letter.content());
        assertThat(reader.getNumberOfPages()).as("one page to print").isEqualTo(1);
        return new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
    }
}
