package ma.cimr.teleservices.delegate;

import ma.cimr.teleservices.shared.ui.LazyGrid;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.company.ContributionCategory;
import ma.cimr.teleservices.security.Teleservice;
import ma.cimr.teleservices.shared.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Télédéclaration users: internal, or external (an accounting firm, named), declaring by
 * pre-established file or by online form, for at least one of the company's ACTIVE categories.
 */
class DeclarationUsersTest extends PortalBrowserlessTest {

    private static final String LOGIN = "fiduciaire.atlas";
    private static final String EMAIL = "declarations@fiduciaire-essaouira.example";
    private static final String INACTIVE = "RET";

    @Autowired
    ConsoleFixture fixture;
    @Autowired
    DelegateService delegates;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void anInactiveCategoryAndTheDelegate() {
        long atlas = dsl.select(COMPANY.ID).from(COMPANY).where(COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber("100234"))).fetchSingle().value1();
        dsl.insertInto(CONTRIBUTION_CATEGORY)
                .set(CONTRIBUTION_CATEGORY.COMPANY_ID, atlas)
                .set(CONTRIBUTION_CATEGORY.CODE, INACTIVE)
                .set(CONTRIBUTION_CATEGORY.LABEL, "Retraités rappelés")
                .set(CONTRIBUTION_CATEGORY.EMPLOYEE_RATE, new BigDecimal("3.00"))
                .set(CONTRIBUTION_CATEGORY.EMPLOYER_RATE, new BigDecimal("3.90"))
                .set(CONTRIBUTION_CATEGORY.ACTIVE, false)
                .execute();
        signInAs(DemoLogins.ATLAS_DELEGATE);
    }

    @AfterEach
    void removeThem() {
        fixture.delete(LOGIN);
        dsl.deleteFrom(CONTRIBUTION_CATEGORY).where(CONTRIBUTION_CATEGORY.CODE.eq(INACTIVE)).execute();
    }

    @Test
    void anAccountingFirmDeclaresByFileForTheCategoriesChosen() {
        open("delegate");
        test($(Button.class).withClassName("new-user").first()).click();
        test($(Select.class).withClassName("new-user-teleservice").first()).selectItem("Télédéclaration");
        test($(TextField.class).withClassName("new-user-login").first()).setValue(LOGIN);
        test($(TextField.class).withClassName("new-user-name").first()).setValue("Youssef Berrada");
        test($(EmailField.class).withClassName("new-user-email").first()).setValue(EMAIL);
        test($(RadioButtonGroup.class).withClassName("declaration-kind").first()).selectItem("Externe (fiduciaire ou autre prestataire)");
        test($(TextField.class).withClassName("declaration-firm").first()).setValue("Fiduciaire d'Essaouira");
        test($(RadioButtonGroup.class).withClassName("declaration-mode").first()).selectItem("Fichier préétabli");
        test($(CheckboxGroup.class).withClassName("declaration-categories").first()).selectItems("CAD — Cadres", "EMP — Employés");
        test($(TextField.class).withClassName("secret-question-1").first()).setValue("Ville du cabinet ?");
        test($(TextField.class).withClassName("secret-answer-1").first()).setValue("Essaouira");
        test($(TextField.class).withClassName("secret-question-2").first()).setValue("Année de création du cabinet ?");
        test($(TextField.class).withClassName("secret-answer-2").first()).setValue("1998");
        test($(PasswordField.class).withClassName("new-user-confirmation").first()).setValue(DemoLogins.PASSWORD);
        test($(Button.class).withClassName("create-user").first()).click();

        assertThat(delegates.user(LOGIN).declaration()).isEqualTo(
                new DeclarationSettings(true, "Fiduciaire d'Essaouira", DeclarationMode.FILE, List.of("CAD", "EMP")));
        @SuppressWarnings("unchecked")
        LazyGrid<CompanyUserAccount> grid = $(LazyGrid.class).withClassName("company-users").first();
        int row = rowOf(grid, LOGIN);
        assertThat(grid.cellText(row, 4)).isEqualTo("Externe (Fiduciaire d'Essaouira) · Fichier préétabli · CAD, EMP");
    }

    @Test
    void anInactiveCategoryIsShownButCannotBeChosen() {
        open("delegate");
        test($(Button.class).withClassName("new-user").first()).click();
        test($(Select.class).withClassName("new-user-teleservice").first()).selectItem("Télédéclaration");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ContributionCategory> categories = $(CheckboxGroup.class).withClassName("declaration-categories").first();
        var inactive = categories.getListDataView().getItems().filter(c -> c.code().equals(INACTIVE)).findFirst().orElseThrow();
        assertThat(categories.getItemEnabledProvider().test(inactive)).isFalse();

        int before = dsl.fetchCount(USER_ACCOUNT);
        assertThatThrownBy(() -> delegates.createUser(new NewCompanyUser(LOGIN, "Youssef Berrada", EMAIL,
                Teleservice.DECLARATION, false, false,
                new DeclarationSettings(false, null, DeclarationMode.FORM, List.of("CAD", INACTIVE)),
                ConsoleFixture.QUESTIONS), DemoLogins.PASSWORD, Locale.FRENCH))
                .hasMessage("delegate.error.inactiveCategory");
        assertThat(dsl.fetchCount(USER_ACCOUNT)).as("nothing created").isEqualTo(before);
    }

    @Test
    void theSettingsMustBeComplete() {
        assertThat(refusal(new DeclarationSettings(true, " ", DeclarationMode.FILE, List.of("CAD"))))
                .isEqualTo("delegate.error.firmRequired");
        assertThat(refusal(new DeclarationSettings(false, null, null, List.of("CAD"))))
                .isEqualTo("delegate.error.declarationMode");
        assertThat(refusal(new DeclarationSettings(false, null, DeclarationMode.FORM, List.of())))
                .isEqualTo("delegate.error.categoryRequired");
        assertThat(refusal(null)).isEqualTo("delegate.error.declarationMode");
        assertThat(refusal(new DeclarationSettings(false, null, DeclarationMode.FORM, List.of("XYZ"))))
                .as("a category the company does not have").isEqualTo("delegate.error.inactiveCategory");
    }

    @Test
    void theSettingsChangeOnTheUsersPageAndAnInternalUserNamesNoFirm() {
        fixture.create(LOGIN, EMAIL, Teleservice.DECLARATION);
        delegates.editUser(LOGIN, new UserChanges("Youssef Berrada", EMAIL, false, false,
                new DeclarationSettings(false, "ignoré", DeclarationMode.FILE, List.of("EMP"))), null, Locale.FRENCH);
        assertThat(delegates.user(LOGIN).declaration())
                .isEqualTo(new DeclarationSettings(false, null, DeclarationMode.FILE, List.of("EMP")));
        assertThatThrownBy(() -> delegates.editUser(LOGIN, new UserChanges("Youssef Berrada", EMAIL, false, false,
                new DeclarationSettings(false, null, DeclarationMode.FILE, List.of(INACTIVE))), null, Locale.FRENCH))
                .hasMessage("delegate.error.inactiveCategory");
        assertThat(delegates.user(LOGIN).declaration().categoryCodes()).containsExactly("EMP");
    }

    private String refusal(DeclarationSettings settings) {
        try {
            delegates.createUser(new NewCompanyUser(LOGIN, "Youssef Berrada", EMAIL, Teleservice.DECLARATION, false, false,
                    settings, ConsoleFixture.QUESTIONS), DemoLogins.PASSWORD, Locale.FRENCH);
            return "accepted";
        } catch (Refusal refused) {
            assertThat(dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.LOGIN.eq(LOGIN))).isFalse();
            return refused.getMessage();
        }
    }

    private int rowOf(LazyGrid<CompanyUserAccount> grid, String login) {
        for (int row = 0; row < grid.size(); row++) {
            if (grid.row(row).login().equals(login)) {
                return row;
            }
        }
        throw new AssertionError(login + " not in the grid");
    }
}
