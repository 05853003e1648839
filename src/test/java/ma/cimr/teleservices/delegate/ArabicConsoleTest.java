package ma.cimr.teleservices.delegate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.audit.AuditEvent;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in Arabic, from creating a télédéclaration login to suspending it and reading the
 * history: every label, choice and message comes in the delegate's language.
 */
@Transactional
class ArabicConsoleTest extends PortalBrowserlessTest {

    private static final String LOGIN = "atlas.tasrih";
    private static final String EMAIL = "r.amrani@atlas-conserves.example";

    @Autowired
    ConsoleFixture fixture;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void inArabic() {
        // Atlas asks 2 confirmations; with its second validator (DD033) suspended, the console warns
        dsl.execute("update user_account set status = 'SUSPENDED' where login = 'atlas.validateur2'");
        signInAs(DemoLogins.ATLAS_DELEGATE);
        // set on the UI only: choosing it in the language switch would be remembered with the demo account
        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
    }

    @Test
    void theDelegateCreatesSuspendsAndReadsTheHistoryInArabic() {
        open("delegate");
        assertThat($(H1.class).first().getText()).isEqualTo("مستخدمو المقاولة");
        assertThat($(Paragraph.class).withClassName("validators-warning").first().getText()).startsWith("اخترتم 2 تأكيدات");

        test($(Button.class).withClassName("new-user").first()).click();
        test($(Select.class).withClassName("new-user-teleservice").first()).selectItem("التصريح عن بعد");
        test($(TextField.class).withClassName("new-user-login").first()).setValue(LOGIN);
        test($(TextField.class).withClassName("new-user-name").first()).setValue("رشيد العمراني");
        test($(EmailField.class).withClassName("new-user-email").first()).setValue(EMAIL);
        test($(RadioButtonGroup.class).withClassName("declaration-kind").first()).selectItem("داخلي (مستخدمو المقاولة)");
        test($(RadioButtonGroup.class).withClassName("declaration-mode").first()).selectItem("استمارة الإدخال");
        test($(CheckboxGroup.class).withClassName("declaration-categories").first()).selectItem("EMP — Employés");
        test($(TextField.class).withClassName("secret-question-1").first()).setValue("مدينة الازدياد؟");
        test($(TextField.class).withClassName("secret-answer-1").first()).setValue("فاس");
        test($(TextField.class).withClassName("secret-question-2").first()).setValue("اسم مدرستكم الأولى؟");
        test($(TextField.class).withClassName("secret-answer-2").first()).setValue("ابن خلدون");
        test($(PasswordField.class).withClassName("new-user-confirmation").first()).setValue(DemoLogins.PASSWORD);
        test($(Button.class).withClassName("create-user").first()).click();

        open("delegate/users/" + LOGIN);
        assertThat($(H1.class).first().getText()).isEqualTo("المعرف " + LOGIN);
        test($(Button.class).withClassName("suspend-user").first()).click();
        assertThat(fixture.status(LOGIN)).isEqualTo("SUSPENDED");
        assertThat($(Notification.class).all()).anySatisfy(notice ->
                assertThat(test(notice).getText()).isEqualTo("تم توقيف المعرف " + LOGIN + "."));

        open("delegate/company");
        assertThat($(H1.class).first().getText()).isEqualTo("معلومات عامة");

        open("delegate/history");
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> history = $(Grid.class).withClassName("company-history").first();
        boolean found = false;
        for (int row = 0; row < test(history).size() && !found; row++) {
            found = LOGIN.equals(test(history).getCellText(row, 3))
                    && test(history).getCellText(row, 2).equals("توقيف معرف");
        }
        assertThat(found).as("the suspension, named in Arabic").isTrue();
    }
}
