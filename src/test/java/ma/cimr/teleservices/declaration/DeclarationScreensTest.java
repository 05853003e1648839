package ma.cimr.teleservices.declaration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.shared.ui.LazyGrid;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.shell.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;

import static ma.cimr.teleservices.declaration.DeclarationFixture.FIRM;
import static ma.cimr.teleservices.declaration.DeclarationFixture.TETOUAN_DECLARATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form path on screen, as the small company's user goes through it: the history, a new
 * draft pre-filled, a line added in the dialog with the totals following, the comparison, the
 * filing, then the filed declaration with its receipts and the way to a cancellation or a recall.
 */
@Transactional
class DeclarationScreensTest extends PortalBrowserlessTest {

    @Autowired
    SalaryDeclarations declarations;

    @SuppressWarnings("unchecked")
    @Test
    void aFormUserDeclaresTheMonthFromTheHistoryToTheReceipt() {
        signInAs(TETOUAN_DECLARATION);
        assertThat(open("company/declarations")).isEqualTo("company/declarations");
        assertThat($(Anchor.class).withClassName("upload-declaration").exists()).isFalse();
        test($(Button.class).withClassName("new-declaration").first()).click();
        assertThat(currentPath()).isEqualTo("company/declarations/new");

        test($(ComboBox.class).withClassName("declaration-category").first()).selectItem("EMP — Employés");
        assertThat($(ComboBox.class).withClassName("declaration-period").first().getValue()).isNotNull();
        test($(Button.class).withClassName("start-declaration").first()).click();
        assertThat(currentPath()).matches("company/declarations/[0-9]+/edit");

        Grid<DeclaredLine> lines = $(Grid.class).withClassName("draft-lines").first();
        assertThat(test(lines).size()).isEqualTo(3);
        assertThat($(Paragraph.class).withClassName("draft-totals").first().getText()).contains("3 lignes", "16", "100,00");

        test($(Button.class).withClassName("add-line").first()).click();
        test($(TextField.class).withClassName("line-cin").first()).setValue("RF300001");
        test($(TextField.class).withClassName("line-name").first()).setValue("Fassi Nour");
        test($(TextField.class).withClassName("line-salary").first()).setValue("2900");
        test($(Button.class).withClassName("save-line").first()).click();
        assertThat(test(lines).size()).isEqualTo(4);
        assertThat($(Paragraph.class).withClassName("draft-totals").first().getText()).contains("4 lignes", "19", "000,00");

        test($(Button.class).withClassName("review-declaration").first()).click();
        assertThat(currentPath()).matches("company/declarations/[0-9]+");
        assertThat(test($(Grid.class).withClassName("comparison-joiners").first()).size()).isEqualTo(1);
        assertThat(test($(Grid.class).withClassName("comparison-missing").first()).size()).isZero();
        test($(Button.class).withClassName("file-declaration").first()).click();

        assertThat($(Anchor.class).withClassName("receipt-fr").exists()).isTrue();
        assertThat($(Anchor.class).withClassName("receipt-ar").exists()).isTrue();
        assertThat($(Anchor.class).withClassName("sent-file").exists()).isFalse();
        assertThat($(Button.class).withClassName("add-cancellation").exists()).isTrue();
        assertThat($(Button.class).withClassName("add-recall").exists()).isTrue();

        open("company/declarations");
        LazyGrid<DeclarationSummary> history = $(LazyGrid.class).withClassName("declaration-history").first();
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.cellText(0, 3)).isEqualTo("Déposée");
    }

    @Test
    void aFileUserIsSentToTheUploadNotTheForm() {
        signInAs(DemoLogins.ATLAS_DECLARATION);
        open("company/declarations");

        assertThat($(Anchor.class).withClassName("upload-declaration").first().getHref()).isEqualTo("company/declarations/file");
        assertThat($(Button.class).withClassName("new-declaration").exists()).isFalse();
    }

    @SuppressWarnings("unchecked")
    @Test
    void anExternalFirmChoosesTheCompanyItActsFor() {
        signInAs(FIRM);
        open("company/declarations");
        ComboBox<DeclarableCompany> company = $(ComboBox.class).withClassName("acting-company").first();
        assertThat(test(company).getSuggestions()).hasSize(3);

        test(company).selectItem("100234 — Atlas Conserves SA");
        test($(Button.class).withClassName("new-declaration").first()).click();

        assertThat($(Paragraph.class).all()).anySatisfy(p -> assertThat(p.getText()).contains("Atlas Conserves SA"));
    }

    @Test
    void theHistoryIsInArabicForAnArabicReader() {
        signInAs(TETOUAN_DECLARATION);
        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
        open("company/declarations");

        assertThat($(H1.class).first().getText()).isEqualTo("التصريحات عن بعد");
        assertThat($(Button.class).withClassName("new-declaration").first().getText()).isEqualTo("تصريح جديد");
    }

    @Test
    void aLoginWithoutTheDeclarationRoleIsKeptOut() {
        signInAs(DemoLogins.ATLAS_COMPANY_ACCOUNT);
        for (String route : new String[]{"company/declarations", "company/declarations/new"}) {
            open(route);
            assertThat(getCurrentView()).as(route).isInstanceOf(AccessDeniedView.class);
        }
    }
}
