package ma.cimr.teleservices.home.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.account.ui.LoginView;
import org.junit.jupiter.api.Test;

import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static org.assertj.core.api.Assertions.assertThat;

/** The public home page speaks for the fund: how to reach it, what it promises, and the way in. */
class HomeViewTest extends PortalBrowserlessTest {

    @Test
    void showsEveryCharterCommitmentFromTheDatabase() {
        open("");
        assertThat($(ListItem.class).all()).hasSize(8 + 6 + 11);
        assertThat($(ListItem.class).all()).anySatisfy(item -> assertThat(item.getElement().getTextRecursively())
                .contains("Traitement des déclarations de salaires dans un délai de 2 jours ouvrés.")
                .contains("2 jours ouvrés"));
    }

    @Test
    void showsTheContactChannelsFromConfiguration() {
        open("");
        String contacts = $(DescriptionList.class).first().getElement().getTextRecursively();
        assertThat(contacts).contains("05 22 42 48 88", "retraite@cimr.ma", "salarie@cimr.ma",
                "agencedigitale@cimr.ma", "Aéropostale");
        // in an Arabic page the phone's pairs of digits must not come out in reverse order
        assertThat($(Span.class).all()).anySatisfy(number -> {
            assertThat(number.getText()).isEqualTo("05 22 42 48 88");
            assertThat(number.getElement().getAttribute("dir")).isEqualTo("ltr");
        });
        // an address keeps its own direction, and its brackets and full stops their place
        assertThat($(Span.class).all()).anySatisfy(address -> {
            assertThat(address.getText()).isEqualTo("retraite@cimr.ma");
            assertThat(address.getElement().getAttribute("dir")).isEqualTo("auto");
        });
    }

    @Test
    void everyWayInLeadsAnAnonymousVisitorToTheLoginAndASignedInUserToTheirSpace() {
        open("");
        var enterLinks = $(RouterLink.class).all().stream()
                .filter(link -> link.getText().equals("Entrer")).toList();
        assertThat(enterLinks).hasSize(5).allSatisfy(link -> assertThat(link.getHref()).isEqualTo("my-space"));

        test(enterLinks.getFirst()).click();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        signInAs(AFFILIATE);
        open("");
        test($(RouterLink.class).all().stream().filter(link -> link.getText().equals("Entrer")).findFirst().orElseThrow())
                .click();
        assertThat(currentPath()).isEqualTo("affiliate");
    }
}
