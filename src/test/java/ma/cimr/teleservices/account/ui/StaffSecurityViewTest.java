package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.shell.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * « Sécurité du compte » of staff, delegates and company logins (DD031): each reaches it in their
 * own space only, sees their passkeys (none yet) and the way to add one, the password asked first.
 */
class StaffSecurityViewTest extends PortalBrowserlessTest {

    @Test
    void aDelegateAnAgentAndAnOrdererEachOpenTheirOwnSpacesPage() {
        for (String[] loginAndSpace : new String[][] {{DemoLogins.ATLAS_DELEGATE, "delegate"}, {DemoLogins.AGENT, "backoffice"},
                {DemoLogins.ATLAS_ORDERER, "company"}}) {
            signInAs(loginAndSpace[0]);
            assertThat(open(loginAndSpace[1] + "/security")).isEqualTo(loginAndSpace[1] + "/security");
            assertThat($(StaffSecurityView.class).single()).isNotNull();
            assertThat($(PasskeysPanel.class).single()).isNotNull();
            assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("Aucune clé d'accès enregistrée.");
            assertThat($(TextField.class).withClassName("passkeys-label").single()).isNotNull();
            assertThat($(PasswordField.class).withClassName("passkeys-password").single()).isNotNull();
            assertThat($(Button.class).withClassName("passkeys-add").single().getText()).isEqualTo("Ajouter une clé d'accès");
        }
    }

    @Test
    void anotherSpacesSecurityPageIsRefused() {
        signInAs(DemoLogins.ATLAS_DELEGATE);
        open("backoffice/security");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        signInAs(DemoLogins.AFFILIATE);
        open("company/security");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void addingAPasskeyWithoutThePasswordIsRefusedBeforeTheBrowserIsAsked() {
        signInAs(DemoLogins.AGENT);
        open("backoffice/security");
        $(TextField.class).withClassName("passkeys-label").single().setValue("Bureau");
        test($(Button.class).withClassName("passkeys-add").single()).click();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("Aucune clé d'accès enregistrée.");
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getSession()
                .getAttribute(ma.cimr.teleservices.account.Passkeys.REGISTRATION_ALLOWED_UNTIL)).isNull();
    }
}
