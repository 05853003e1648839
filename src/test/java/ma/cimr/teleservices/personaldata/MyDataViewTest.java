package ma.cimr.teleservices.personaldata;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.shell.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.ATLAS_COMPANY_ACCOUNT;
import static ma.cimr.teleservices.DemoLogins.ATLAS_DELEGATE;
import static ma.cimr.teleservices.DemoLogins.RETIREE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Mes données" in each personal space (DD041): every section of what the fund holds, both downloads,
 * and the way to have something corrected through the flows that exist; each person under their own
 * space only.
 */
class MyDataViewTest extends PortalBrowserlessTest {

    @Test
    void anAffiliateReadsTheirIdentityCareerBuyBacksRequestsSignInsAndStaffAccesses() {
        signInAs(AFFILIATE);

        assertThat(open("affiliate/my-data")).isEqualTo("affiliate/my-data");

        assertThat($(H1.class).first().getText()).isEqualTo("Mes données");
        assertSections("identity", "contact", "careerPeriods", "careerPoints", "buyBacks", "requests", "signIns",
                "staffAccesses");
        assertThat(section("identity")).contains("Matricule", AFFILIATE);
        assertDownloadsAndRectification("affiliate/contributions", "affiliate/requests/new");
    }

    @Test
    void aRetireeReadsTheirPensionPaymentsAndTheCareerItCameFrom() {
        signInAs(RETIREE);

        assertThat(open("retiree/my-data")).isEqualTo("retiree/my-data");

        assertSections("identity", "contact", "pension", "pensionPayments", "careerPeriods", "careerPoints", "requests",
                "signIns", "staffAccesses");
        assertThat(section("identity")).contains(RETIREE);
        // the bank account is masked as everywhere in the space
        assertThat(section("pension")).contains("•");
        assertDownloadsAndRectification("retiree/changes", "retiree/requests/new");
    }

    @Test
    void aCompanyLoginAndAUserAdministratorReadTheirOwnAccount() {
        signInAs(ATLAS_COMPANY_ACCOUNT);
        assertThat(open("company/my-data")).isEqualTo("company/my-data");
        assertSections("identity", "contact", "requests", "signIns", "staffAccesses");
        assertThat(section("identity")).contains(ATLAS_COMPANY_ACCOUNT, "Compte adhérent");
        assertDownloadsAndRectification("company/requests/new");

        signInAs(ATLAS_DELEGATE);
        assertThat(open("delegate/my-data")).isEqualTo("delegate/my-data");
        assertThat(section("identity")).contains("Administrateur des utilisateurs");
    }

    @Test
    void eachPersonReadsItOnlyUnderTheirOwnSpace() {
        signInAs(AFFILIATE);
        open("retiree/my-data");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    private void assertSections(String... names) {
        for (String name : names) {
            assertThat($(Section.class).withClassName("my-data-" + name).all()).as(name).hasSize(1);
        }
        // the same sections as the export, in the same number
        long shown = $(Section.class).all().stream()
                .filter(section -> section.getClassNames().stream().anyMatch(c -> c.startsWith("my-data-")))
                .count();
        assertThat(shown).isEqualTo(names.length);
    }

    private void assertDownloadsAndRectification(String... rectifyRoutes) {
        assertThat($(Anchor.class).withClassName("my-data-pdf").all()).hasSize(1);
        assertThat($(Anchor.class).withClassName("my-data-json").all()).hasSize(1);
        List<String> links = $(Anchor.class).all().stream().map(Anchor::getHref).toList();
        assertThat(links).contains(rectifyRoutes);
    }

    private String section(String name) {
        return $(Section.class).withClassName("my-data-" + name).first().getElement().getTextRecursively();
    }
}
