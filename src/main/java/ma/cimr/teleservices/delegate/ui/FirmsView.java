package ma.cimr.teleservices.delegate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.company.ContributionCategory;
import ma.cimr.teleservices.delegate.DeclarationMode;
import ma.cimr.teleservices.delegate.DelegateService;
import ma.cimr.teleservices.delegate.FirmAccess;
import ma.cimr.teleservices.delegate.FirmAccesses;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Bidi;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.shell.ui.DelegateLayout;

import java.util.List;

/**
 * « Cabinets externes »: the accounting firms the company lets declare its salaries with the login
 * another company set up for them (DD027), given or taken back on the delegate's password.
 */
@Menu(title = "nav.delegate.firms", order = 4)
@Route(value = "delegate/firms", layout = DelegateLayout.class)
@RolesAllowed(Roles.DELEGATE)
class FirmsView extends VerticalLayout implements HasDynamicTitle {

    private final FirmAccesses firms;
    private final Grid<FirmAccess> grid = new Grid<>();
    private final PasswordField password = new PasswordField();

    FirmsView(FirmAccesses firms, DelegateService delegates) {
        this.firms = firms;
        add(new H1(getTranslation("delegate.firms.title")), new Paragraph(getTranslation("delegate.firms.intro")));

        var login = new TextField(getTranslation("delegate.firms.login"));
        login.addClassName("firm-login");
        var firmName = new TextField(getTranslation("delegate.firms.firmName"));
        firmName.addClassName("firm-name");
        var mode = new RadioButtonGroup<DeclarationMode>(getTranslation("delegate.firms.mode"));
        mode.addClassName("firm-mode");
        mode.setItems(DeclarationMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("delegate.declaration.mode." + m.name()));
        mode.setValue(DeclarationMode.FORM);
        var categories = new CheckboxGroup<String>(getTranslation("delegate.firms.categories"));
        categories.addClassName("firm-categories");
        List<ContributionCategory> active = delegates.generalInformation().categories().stream()
                .filter(ContributionCategory::active).toList();
        categories.setItems(active.stream().map(ContributionCategory::code).toList());
        categories.setItemLabelGenerator(code -> active.stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> c.code() + " — " + c.label()).orElse(code));
        password.setLabel(getTranslation("password.confirmation.label"));
        password.addClassName("firm-password");
        password.setHelperText(getTranslation("delegate.firms.passwordHelp"));
        var grant = new Button(getTranslation("delegate.firms.grant"), click -> {
            if (Feedback.attempt(this, () -> firms.grant(login.getValue(), firmName.getValue(), mode.getValue(),
                    List.copyOf(categories.getValue()), password.getValue()))) {
                Feedback.done(this, "delegate.firms.granted", login.getValue().strip());
                login.clear();
                firmName.clear();
                categories.clear();
                refresh();
            }
            password.clear();
        });
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grant.addClassName("grant-firm");
        var form = new FormLayout(login, firmName, mode, categories);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(new PageSection(getTranslation("delegate.firms.new"), form, password, grant));

        grid.addClassName("firm-grants");
        grid.addColumn(FirmAccess::login).setHeader(getTranslation("delegate.firms.login")).setAutoWidth(true);
        grid.addColumn(Bidi.text(FirmAccess::firmName)).setHeader(getTranslation("delegate.firms.firmName"));
        grid.addColumn(Bidi.text(FirmAccess::ownerCompany)).setHeader(getTranslation("delegate.firms.owner"));
        grid.addColumn(g -> getTranslation("delegate.declaration.mode." + g.mode().name()))
                .setHeader(getTranslation("delegate.firms.mode"));
        grid.addColumn(g -> String.join(", ", g.categoryCodes())).setHeader(getTranslation("delegate.firms.categories"));
        grid.addColumn(g -> Formats.dateTime(g.grantedAt(), getLocale())).setHeader(getTranslation("delegate.firms.since"));
        grid.addComponentColumn(g -> {
            var revoke = new Button(getTranslation("delegate.firms.revoke"), click -> {
                if (Feedback.attempt(this, () -> firms.revoke(g.login(), password.getValue()))) {
                    Feedback.done(this, "delegate.firms.revoked", g.login());
                    refresh();
                }
                password.clear();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.addClassName("revoke-firm");
            return revoke;
        });
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("delegate.firms.none"));
        add(new PageSection(getTranslation("delegate.firms.grantedList"), grid));
        refresh();
    }

    private void refresh() {
        grid.setItems(firms.grants());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.delegate.firms");
    }
}
