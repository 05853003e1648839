package ma.cimr.teleservices.affiliate.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import ma.cimr.teleservices.affiliate.rules.PensionParameters.ScalarParameter;

import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * The administrator's form under one parameter table: picking a row in the table fills it; typing
 * a year (or age, step) that has no row adds one. Saving goes through the service, which clears
 * the illustrative flag and audits the change; a value it refuses is said in the user's language.
 */
final class ParameterEditor extends HorizontalLayout {

    private final Binder<ParameterDraft> binder = new Binder<>();
    private final Consumer<ParameterDraft> save;
    private final Runnable afterSave;

    ParameterEditor(String id, Consumer<ParameterDraft> save, Runnable afterSave) {
        this.save = save;
        this.afterSave = afterSave;
        setId(id);
        addClassName("parameter-editor");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        binder.setBean(new ParameterDraft());
    }

    ParameterEditor parameter() {
        var parameter = new Select<ScalarParameter>();
        parameter.setLabel(getTranslation("points.parameters.parameter"));
        parameter.setItems(ScalarParameter.values());
        parameter.setItemLabelGenerator(p -> getTranslation("points.parameters.scalar." + p.name()));
        binder.forField(parameter).asRequired(getTranslation("validation.required"))
                .bind(ParameterDraft::getParameter, ParameterDraft::setParameter);
        add(parameter);
        return this;
    }

    ParameterEditor appliesFrom(String labelKey) {
        var year = new IntegerField(getTranslation(labelKey));
        binder.forField(year).asRequired(getTranslation("validation.required"))
                .withValidator(y -> y >= 1950 && y <= 2100, getTranslation("points.error.parameterYear"))
                .bind(ParameterDraft::getAppliesFrom, ParameterDraft::setAppliesFrom);
        add(year);
        return this;
    }

    ParameterEditor age() {
        var age = new IntegerField(getTranslation("points.parameters.age"));
        binder.forField(age).asRequired(getTranslation("validation.required"))
                .withValidator(a -> a >= 50 && a <= 75, getTranslation("points.error.parameterAge"))
                .bind(ParameterDraft::getAge, ParameterDraft::setAge);
        add(age);
        return this;
    }

    ParameterEditor step() {
        var step = new IntegerField(getTranslation("points.parameters.step"));
        binder.forField(step).asRequired(getTranslation("validation.required"))
                .withValidator(s -> s >= 1 && s <= 30, getTranslation("points.error.parameterStep"))
                .bind(ParameterDraft::getStep, ParameterDraft::setStep);
        add(step);
        return this;
    }

    ParameterEditor value(String labelKey) {
        return number(labelKey, ParameterDraft::getValue, ParameterDraft::setValue);
    }

    ParameterEditor employerValue(String labelKey) {
        return number(labelKey, ParameterDraft::getEmployerValue, ParameterDraft::setEmployerValue);
    }

    /** Adds the save button: call last, after the fields. */
    ParameterEditor done() {
        var saveButton = new Button(getTranslation("action.save"), event -> save());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var clear = new Button(getTranslation("action.new"), event -> edit(new ParameterDraft()));
        add(saveButton, clear);
        return this;
    }

    void edit(ParameterDraft draft) {
        binder.setBean(draft);
    }

    private ParameterEditor number(String labelKey, ValueProvider<ParameterDraft, BigDecimal> getter,
                                   Setter<ParameterDraft, BigDecimal> setter) {
        var field = new BigDecimalField(getTranslation(labelKey));
        field.setWidth("16em"); // room for labels such as "Salaire de référence (DH)"
        binder.forField(field).asRequired(getTranslation("validation.required")).bind(getter, setter);
        add(field);
        return this;
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            save.accept(binder.getBean());
        } catch (Refusal refused) {
            // the service says why with a points.error.* key
            Feedback.refused(this, refused);
            return;
        }
        edit(new ParameterDraft());
        afterSave.run();
        Feedback.done(this, "points.parameters.proposed");
    }
}
