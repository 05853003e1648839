package ma.cimr.teleservices.shared.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.shared.ui.LanguageSwitch;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/** French by default; Arabic turns the page right-to-left; a signed-in user's choice is remembered. */
class LanguageTest extends PortalBrowserlessTest {

    @Autowired
    DSLContext dsl;

    @Test
    void thePortalSpeaksFrenchByDefault() {
        open("");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
        assertThat(UI.getCurrent().getElement().getAttribute("dir")).isNotEqualTo("rtl");
    }

    @Test
    void choosingArabicSwitchesTheLocaleAndTheDirection() {
        open("");
        test($(LanguageSwitch.class).first()).selectItem("العربية");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        assertThat(UI.getCurrent().getElement().getAttribute("dir")).isEqualTo("rtl");
        open("");
        assertThat($(H1.class).first().getText()).isEqualTo("مرحبا بكم في الخدمات عن بعد للصندوق");
    }

    @Test
    void aSignedInUsersChoiceIsKeptWithTheirAccount() {
        signInAs("agent2");
        open("backoffice");
        test($(LanguageSwitch.class).first()).selectItem("English");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(dsl.select(USER_ACCOUNT.PREFERRED_LOCALE).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.LOGIN.eq("agent2")).fetchOne(USER_ACCOUNT.PREFERRED_LOCALE)).isEqualTo("en");
    }
}
