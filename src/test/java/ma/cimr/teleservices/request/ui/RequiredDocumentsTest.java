package ma.cimr.teleservices.request.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.request.RequestType;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Before typing anything, the person filing a request sees what its kind asks them to attach, or
 * that it asks for nothing (the charter: state the documents, ask only for the indispensable).
 */
class RequiredDocumentsTest extends PortalBrowserlessTest {

    @Test
    void anAffiliateAskingForTheirStatementToBeCompletedIsToldToAttachTheMissingPaySlips() {
        signInAs(AFFILIATE);
        open("affiliate/requests/new");
        assertThat($(Div.class).withClassName("request-documents").all()).as("hidden while nothing is chosen").isEmpty();

        choose("Mise à jour du relevé de points");

        assertThat($(Div.class).withClassName("request-documents").first().getElement().getTextRecursively())
                .contains("À joindre à cette demande :",
                        "Les bulletins de salaire ou attestations de travail des périodes absentes de votre relevé");
    }

    @Test
    void aKindThatAsksForNothingSaysSo() {
        signInAs(AFFILIATE);
        open("affiliate/requests/new");
        choose("Demande d'information");
        assertThat($(Div.class).withClassName("request-documents").first().getElement().getTextRecursively())
                .isEqualTo("Aucun document n'est demandé pour cette démarche.");
    }

    @Test
    void theListReadsInArabic() {
        signInAs(AFFILIATE);
        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
        open("affiliate/requests/new");
        choose("تحيين كشف النقط");
        assertThat($(Div.class).withClassName("request-documents").first().getElement().getTextRecursively())
                .contains("يُرفق بهذا الطلب:", "أوراق الأداء أو شهادات العمل");
    }

    @SuppressWarnings("unchecked")
    private void choose(String label) {
        Select<RequestType> type = $(Select.class).withClassName("request-type").first();
        test(type).selectItem(label);
    }
}
