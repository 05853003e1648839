package ma.cimr.teleservices.delegate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.shell.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** « Cabinets externes » on screen: a delegate gives an accounting firm's login access, then takes it back. */
@Transactional
class FirmsScreenTest extends PortalBrowserlessTest {

    @SuppressWarnings("unchecked")
    @Test
    void aDelegateGivesAFirmAccessAndTakesItBackOnTheirPassword() {
        signInAs(DemoLogins.FES_DELEGATE);
        open("delegate/firms");
        Grid<FirmAccess> grants = $(Grid.class).withClassName("firm-grants").first();
        assertThat(test(grants).size()).isZero();

        test($(TextField.class).withClassName("firm-login").first()).setValue(DemoLogins.FIRM_DECLARATION);
        test($(TextField.class).withClassName("firm-name").first()).setValue("Fiduciaire Al Amal");
        test($(RadioButtonGroup.class).withClassName("firm-mode").first()).selectItem("Formulaire de saisie");
        test($(CheckboxGroup.class).withClassName("firm-categories").first()).selectItem("EMP — Employés");
        test($(PasswordField.class).withClassName("firm-password").first()).setValue(DemoLogins.PASSWORD);
        test($(Button.class).withClassName("grant-firm").first()).click();

        assertThat(test(grants).size()).isEqualTo(1);
        assertThat(test(grants).getCellText(0, 2)).isEqualTo("Tétouan Céramique SARL");
        assertThat(test(grants).getCellText(0, 4)).isEqualTo("EMP");

        test($(PasswordField.class).withClassName("firm-password").first()).setValue(DemoLogins.PASSWORD);
        test((Button) test(grants).getCellComponent(0, 6)).click();
        assertThat(test(grants).size()).isZero();
    }

    @Test
    void otherLoginsAreKeptOut() {
        signInAs(DemoLogins.ATLAS_DECLARATION);
        open("delegate/firms");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
