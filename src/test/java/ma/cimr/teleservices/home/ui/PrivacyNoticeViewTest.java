package ma.cimr.teleservices.home.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import ma.cimr.teleservices.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Anyone reaches the privacy notice from the public header, in French and in Arabic, without signing in. */
class PrivacyNoticeViewTest extends PortalBrowserlessTest {

    @Test
    void anyoneReadsWhatTheFundDoesWithTheirDataAndHowToUseTheirRights() {
        open("");
        assertThat($(Anchor.class).all()).anySatisfy(link -> {
            assertThat(link.getHref()).isEqualTo("privacy");
            assertThat(link.getText()).isEqualTo("Données personnelles");
        });
        assertThat(open("privacy")).isEqualTo("privacy");

        assertThat($(H1.class).first().getText()).isEqualTo("Vos données personnelles");
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("loi n° 09-08", "Rectification", "Opposition", "Accès", "CNDP",
                "un courrier à la CIMR", "d'une copie de votre CIN");
        assertThat($(Paragraph.class).withClassName("privacy-cndp").first().getText())
                .as("no declaration number configured in the tests").contains("sera indiqué ici");
    }

    @Test
    void theNoticeReadsInArabic() {
        open("");
        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
        open("privacy");
        assertThat($(H1.class).first().getText()).isEqualTo("معطياتكم الشخصية");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("رقم 09-08", "حقوقكم");
    }
}
