package ma.cimr.teleservices.delegate.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.company.ContributionCategory;
import ma.cimr.teleservices.delegate.DeclarationMode;
import ma.cimr.teleservices.delegate.DeclarationSettings;
import org.jspecify.annotations.Nullable;

import java.util.Comparator;
import java.util.List;

/**
 * A télédéclaration user's settings, as the guide asks for them: internal or external (the firm
 * named), « Fichier préétabli » or « Formulaire de saisie », and the company's active categories
 * it declares. Inactive categories are shown but cannot be ticked.
 */
class DeclarationFields extends VerticalLayout {

    private final RadioButtonGroup<Boolean> external = new RadioButtonGroup<>();
    private final TextField firm = new TextField();
    private final RadioButtonGroup<DeclarationMode> mode = new RadioButtonGroup<>();
    private final CheckboxGroup<ContributionCategory> categories = new CheckboxGroup<>();
    private final List<ContributionCategory> companyCategories;
    private List<String> stored = List.of();

    DeclarationFields(List<ContributionCategory> companyCategories) {
        this.companyCategories = companyCategories;
        setPadding(false);
        addClassName("declaration-fields");
        external.setLabel(getTranslation("delegate.declaration.kind"));
        external.setItems(false, true);
        external.setItemLabelGenerator(isExternal -> getTranslation(isExternal
                ? "delegate.declaration.external" : "delegate.declaration.internal"));
        external.setValue(false);
        external.addClassName("declaration-kind");
        firm.setLabel(getTranslation("delegate.declaration.firm"));
        firm.addClassName("declaration-firm");
        mode.setLabel(getTranslation("delegate.declaration.mode"));
        mode.setItems(DeclarationMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("delegate.declaration.mode." + m.name()));
        mode.addClassName("declaration-mode");
        categories.setLabel(getTranslation("delegate.declaration.categories"));
        categories.setItems(companyCategories);
        categories.setItemLabelGenerator(DeclarationFields::label);
        // an inactive category still on the login can be unticked, never ticked
        categories.setItemEnabledProvider(category -> category.active() || stored.contains(category.code()));
        categories.setHelperText(getTranslation("delegate.declaration.categoriesHelp"));
        categories.addClassName("declaration-categories");
        external.addValueChangeListener(event -> firm.setVisible(Boolean.TRUE.equals(event.getValue())));
        firm.setVisible(false);
        add(external, firm, mode, categories);
    }

    /** "CAD — Cadres", as the user guide's category lists show them. */
    static String label(ContributionCategory category) {
        return category.code() + " — " + category.label();
    }

    void setValue(@Nullable DeclarationSettings settings) {
        if (settings == null) {
            return;
        }
        stored = settings.categoryCodes();
        categories.getDataProvider().refreshAll();
        external.setValue(settings.external());
        firm.setValue(settings.firmName() == null ? "" : settings.firmName());
        mode.setValue(settings.mode());
        categories.setValue(companyCategories.stream()
                .filter(category -> settings.categoryCodes().contains(category.code()))
                .collect(java.util.stream.Collectors.toSet()));
    }

    /** What was chosen; the service says what is missing or not allowed. */
    DeclarationSettings value() {
        return new DeclarationSettings(Boolean.TRUE.equals(external.getValue()), firm.getValue(), mode.getValue(),
                categories.getValue().stream().sorted(Comparator.comparing(ContributionCategory::code))
                        .map(ContributionCategory::code).toList());
    }
}
