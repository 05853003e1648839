package ma.cimr.teleservices.declaration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.declaration.DeclarableCategory;
import ma.cimr.teleservices.declaration.DeclarableCompany;
import ma.cimr.teleservices.declaration.SalaryDeclarations;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shell.ui.CompanyLayout;

/**
 * A new declaration by form: the category and the due period (those still to declare), then a
 * draft pre-filled with the previous period's staff opens in the editor.
 */
@Route(value = Paths.NEW, layout = CompanyLayout.class)
@RolesAllowed(Roles.DECLARATION)
class NewDeclarationView extends VerticalLayout implements HasDynamicTitle {

    NewDeclarationView(SalaryDeclarations declarations) {
        add(new H1(getTranslation("declaration.form.newTitle")));
        DeclarableCompany company;
        try {
            company = ActingCompany.current(declarations);
        } catch (Refusal refusal) {
            add(new Paragraph(getTranslation(refusal.key(), refusal.arguments())));
            return;
        }
        add(new Paragraph(getTranslation("declaration.form.newIntro", company.adherentNumber() + " — " + company.legalName())));
        var category = new ComboBox<DeclarableCategory>(getTranslation("declaration.form.category"));
        category.addClassName("declaration-category");
        category.setItemLabelGenerator(c -> c.code() + " — " + c.label());
        var period = new ComboBox<DuePeriod>(getTranslation("declaration.form.period"));
        period.addClassName("declaration-period");
        period.setItemLabelGenerator(DuePeriod::toString);
        for (var field : new ComboBox<?>[]{category, period}) {
            field.setWidthFull();
            field.setMaxWidth("24rem");
        }
        Feedback.attempt(this, () -> category.setItems(declarations.categories(company.companyId())));
        category.addValueChangeListener(change -> {
            period.clear();
            if (change.getValue() != null) {
                Feedback.attempt(this, () -> {
                    var periods = declarations.duePeriods(company.companyId(), change.getValue().id());
                    period.setItems(periods);
                    if (!periods.isEmpty()) {
                        period.setValue(periods.getFirst());
                    }
                });
            }
        });
        var start = new Button(getTranslation("declaration.form.start"), click -> {
            if (category.getValue() == null || period.getValue() == null) {
                Feedback.problem(this, "declaration.form.choose");
                return;
            }
            long[] id = new long[1];
            if (Feedback.attempt(this, () -> id[0] = declarations.start(company.companyId(), period.getValue(),
                    category.getValue().id()))) {
                getUI().ifPresent(ui -> ui.navigate(Paths.editor(id[0])));
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("start-declaration");
        add(category, period, start);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("declaration.form.newTitle");
    }
}
