package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.component.html.H1;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.account.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static ma.cimr.teleservices.DemoLogins.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Each user lands in their own space after login and is refused everywhere else. */
class SpaceAccessTest extends PortalBrowserlessTest {

    private static final List<String> SPACE_HOMES = List.of("company", "delegate", "affiliate", "retiree", "backoffice");

    @Test
    void anAnonymousVisitorSeesThePublicHomePage() {
        open("");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("HomeView");
        assertThat($(H1.class).first().getText()).isEqualTo("Bienvenue sur les téléservices de la CIMR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"company", "delegate", "affiliate", "affiliate/contributions", "retiree", "backoffice",
            "backoffice/holidays", "backoffice/audit", "my-space"})
    void anAnonymousVisitorIsSentToLoginForAnySpace(String path) {
        open(path);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @ParameterizedTest(name = "{0} lands in {1}")
    @CsvSource({
            ATLAS_DELEGATE + ", delegate",
            ATLAS_COMPANY_ACCOUNT + ", company",
            ATLAS_DECLARATION + ", company",
            ATLAS_ORDERER + ", company",
            ATLAS_VALIDATOR + ", company",
            ATLAS_LIQUIDATION + ", company",
            AFFILIATE + ", affiliate",
            RETIREE + ", retiree",
            SURVIVOR + ", retiree",
            AGENT + ", backoffice",
            SUPERVISOR + ", backoffice",
            ADMINISTRATOR + ", backoffice"})
    void afterLoginEachUserLandsInTheirOwnSpace(String login, String space) {
        signInAs(login);
        assertThat(open("my-space")).isEqualTo(space);
        assertThat(getCurrentView()).isNotInstanceOf(AccessDeniedView.class);
        assertThat($(H1.class).first().getText()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} is refused outside {1}")
    @CsvSource({
            ATLAS_DELEGATE + ", delegate",
            ATLAS_COMPANY_ACCOUNT + ", company",
            ATLAS_LIQUIDATION + ", company",
            AFFILIATE + ", affiliate",
            RETIREE + ", retiree",
            AGENT + ", backoffice",
            ADMINISTRATOR + ", backoffice"})
    void eachUserIsRefusedInEveryOtherSpace(String login, String ownSpace) {
        signInAs(login);
        for (String space : SPACE_HOMES) {
            if (!space.equals(ownSpace)) {
                open(space);
                assertThat(getCurrentView()).as(login + " opening " + space).isInstanceOf(AccessDeniedView.class);
            }
        }
        open(ownSpace);
        assertThat(getCurrentView()).isNotInstanceOf(AccessDeniedView.class);
    }

    @Test
    void onlySupervisorsAndAdministratorsReadTheAuditTrail() {
        signInAs(AGENT);
        open("backoffice/audit");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);

        signInAs(SUPERVISOR);
        open("backoffice/audit");
        assertThat(getCurrentView()).isNotInstanceOf(AccessDeniedView.class);
    }

    @Test
    void aCompanyUserOnlyEverSeesTheirOwnCompany() {
        signInAs(ATLAS_COMPANY_ACCOUNT);
        open("company");
        assertThat($(H1.class).first().getText()).isEqualTo("Atlas Conserves SA");

        signInAs(MAGHREB_COMPANY_ACCOUNT);
        open("company");
        assertThat($(H1.class).first().getText()).isEqualTo("Maghreb Logistique SARL");
    }

    @Test
    void anUnknownAddressShowsATranslatedNotFoundPage() {
        open("no-such-page");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
